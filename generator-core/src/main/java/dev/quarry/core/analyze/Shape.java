package dev.quarry.core.analyze;

import dev.quarry.core.ir.EmbedIr;
import java.util.List;


/**
 * The output of a query level: its columns, and for each the syntax node it came from (for
 * positions in diagnostics).
 */
record Shape(List<ScopeColumn> columns, List<Object> nodes, List<StarExpansion> stars, List<EmbedIr> embeds) {

    Shape {
        columns = List.copyOf(columns);
        nodes = List.copyOf(nodes);
        stars = List.copyOf(stars);
        embeds = List.copyOf(embeds);
    }

    Shape(List<ScopeColumn> columns, List<Object> nodes) {
        this(columns, nodes, List.of(), List.of());
    }

    Shape(List<ScopeColumn> columns, List<Object> nodes, List<StarExpansion> stars) {
        this(columns, nodes, stars, List.of());
    }

    static Shape empty() {
        return new Shape(List.of(), List.of());
    }

    /**
     * A {@code *}, {@code t.*} or {@code sqlc.embed(t)} of this query level and the column list it stands for. The SQL
     * sent to the database names the columns, so rows are read by position in the order Quarry
     * analyzed, whatever order the live table has.
     *
     * @param node the select item, for its position in the statement
     */
    record StarExpansion(Object node, String columns) {}
}
