package dev.quarry.core.analyze;

import java.util.List;

/**
 * The output of a query level: its columns, and for each the syntax node it came from (for
 * positions in diagnostics).
 */
record Shape(List<ScopeColumn> columns, List<Object> nodes) {

    Shape {
        columns = List.copyOf(columns);
        nodes = List.copyOf(nodes);
    }

    static Shape empty() {
        return new Shape(List.of(), List.of());
    }
}
