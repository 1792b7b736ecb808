package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.QueryIr;
import java.util.List;

/** What one row of a query becomes in Java. */
sealed interface ResultShape {

    /** The query returns no rows (:exec, :execrows). */
    record None() implements ResultShape {}

    /** Exactly one column: its plain Java type. */
    record Single(ColumnIr column) implements ResultShape {}

    /** A record (a row record or a table's model) built from {@code columns} in order. */
    record Record(ClassName type, List<ColumnIr> columns) implements ResultShape {}

    static ResultShape of(QueryIr query, ProjectNames names) {
        if (!query.kind().returnsRows()) {
            return new None();
        }
        var table = names.tableModel(query);
        if (table.isPresent()) {
            return new Record(names.table(table.get().schema(), table.get().name()).orElseThrow(),
                    table.get().columns());
        }
        if (query.columns().size() == 1) {
            return new Single(query.columns().get(0));
        }
        return new Record(names.row(query).orElseThrow(), query.columns());
    }
}
