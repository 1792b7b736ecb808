package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A FROM item as seen by the expressions of its query: a name to qualify columns with and the
 * columns. {@code table} is set when the relation is a base table read directly.
 *
 * @param columns the columns {@code *} stands for
 * @param hidden a table's INVISIBLE columns (MySQL, MariaDB): found by name, left out of {@code *}
 */
record Relation(String name, @Nullable String schema, List<ScopeColumn> columns, @Nullable Table table,
        boolean opaque, List<ScopeColumn> hidden) {

    Relation {
        columns = List.copyOf(columns);
        hidden = List.copyOf(hidden);
    }

    Relation(String name, @Nullable String schema, List<ScopeColumn> columns, @Nullable Table table,
            boolean opaque) {
        this(name, schema, columns, table, opaque, List.of());
    }

    Relation(String name, @Nullable String schema, List<ScopeColumn> columns, @Nullable Table table) {
        this(name, schema, columns, table, false);
    }

    /**
     * A relation whose definition had errors: any column resolves to an unknown type, so one
     * mistake is reported once rather than at every reference.
     */
    static Relation opaque(String name) {
        return new Relation(name, null, List.of(), null, true);
    }

    Relation renamed(String newName) {
        return new Relation(newName, null, columns, table, opaque, hidden);
    }

    Relation withColumns(List<ScopeColumn> newColumns) {
        return new Relation(name, schema, newColumns, table, opaque, hidden);
    }

    Optional<ScopeColumn> column(String columnName) {
        if (opaque) {
            return Optional.of(new ScopeColumn(columnName, dev.quarry.core.types.SqlType.UNKNOWN, true,
                    "column of a relation with errors", null));
        }
        String wanted = columnName.toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.concat(columns.stream(), hidden.stream())
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Whether a qualifier such as {@code u} or {@code public.users} names this relation. */
    boolean answersTo(@Nullable String qualifierSchema, String qualifierName) {
        if (!name.equalsIgnoreCase(qualifierName)) {
            return false;
        }
        return qualifierSchema == null || (schema != null && schema.equalsIgnoreCase(qualifierSchema));
    }

    /** Every column nullable, as on the optional side of an outer join. */
    Relation withAllNullable(String why) {
        return new Relation(name, schema, columns.stream().map(c -> c.withNullable(why)).toList(), table, opaque,
                hidden.stream().map(c -> c.withNullable(why)).toList());
    }
}
