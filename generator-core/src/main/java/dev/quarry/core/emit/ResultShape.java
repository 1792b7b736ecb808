package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.EmbedIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.TableIr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one row of a query becomes in Java. */
sealed interface ResultShape {

    /** The query returns no rows (:exec, :execrows). */
    record None() implements ResultShape {}

    /** Exactly one column: its plain Java type (never a nullable one in an Optional: that is a record). */
    record Single(ColumnIr column) implements ResultShape {}

    /**
     * A record (a row record or a table's model) built from {@code parts} in order; {@code columns}
     * are the result set's columns, which the parts read by position.
     */
    record Record(ClassName type, List<ColumnIr> columns, List<Part> parts) implements ResultShape {}

    /** One component of a row record. */
    sealed interface Part permits ColumnPart, EmbedPart {}

    /** A column read at 1-based {@code index}. */
    record ColumnPart(ColumnIr column, int index) implements Part {}

    /**
     * A {@code sqlc.embed(t)}: the table's model built from the columns from 1-based {@code index}
     * on, or null when the embedded row is absent.
     */
    record EmbedPart(EmbedIr embed, ClassName model, List<ColumnIr> modelColumns, int index) implements Part {}

    static ResultShape of(QueryIr query, ProjectNames names) {
        if (!query.kind().returnsRows()) {
            return new None();
        }
        var table = names.tableModel(query);
        if (table.isPresent()) {
            return new Record(names.table(table.get().schema(), table.get().name()).orElseThrow(),
                    table.get().columns(), columnParts(table.get().columns(), 0, table.get().columns().size()));
        }
        Optional<ClassName> row = names.row(query);
        if (row.isPresent()) {
            return new Record(row.get(), query.columns(), parts(query, names));
        }
        if (query.columns().size() == 1) {
            return new Single(query.columns().get(0));
        }
        throw new IllegalStateException("no row record for " + query.name());
    }

    private static List<Part> parts(QueryIr query, ProjectNames names) {
        List<Part> parts = new ArrayList<>();
        int next = 0;
        for (EmbedIr embed : query.embeds()) {
            Optional<TableIr> table = names.tableIr(embed.table().schema(), embed.table().name());
            if (table.isEmpty() || table.get().columns().size() != embed.columnCount()) {
                continue;
            }
            parts.addAll(columnParts(query.columns(), next, embed.firstColumn()));
            parts.add(new EmbedPart(embed, names.table(embed.table().schema(), embed.table().name()).orElseThrow(),
                    table.get().columns(), embed.firstColumn() + 1));
            next = embed.firstColumn() + embed.columnCount();
        }
        parts.addAll(columnParts(query.columns(), next, query.columns().size()));
        return parts;
    }

    private static List<Part> columnParts(List<ColumnIr> columns, int from, int to) {
        List<Part> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            parts.add(new ColumnPart(columns.get(i), i + 1));
        }
        return parts;
    }
}
