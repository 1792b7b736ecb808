package dev.quarry.core.analyze;

import dev.quarry.core.diag.Suggestions;
import dev.quarry.core.types.SqlType;
import java.util.LinkedHashSet;
import java.util.List;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import org.jspecify.annotations.Nullable;

/** Resolves column references against a scope and reports unknown and ambiguous ones. */
final class ColumnResolver {
    private final QueryContext ctx;

    ColumnResolver(QueryContext ctx) {
        this.ctx = ctx;
    }

    Typed resolve(Column column, Scope scope) {
        Table table = column.getTable();
        String qualifier = table == null || table.getName() == null ? null : ctx.rules().foldIdentifier(table.getName());
        String schema = table == null || table.getSchemaName() == null ? null
                : ctx.rules().foldIdentifier(table.getSchemaName());
        String name = ctx.rules().foldIdentifier(column.getColumnName());
        Scope.Resolution resolution = scope.resolve(schema, qualifier, name);
        Typed typed;
        if (!(resolution instanceof Scope.Found) && qualifier == null && SQL_VALUE_FUNCTIONS.contains(name.toLowerCase(java.util.Locale.ROOT))
                && column.getArrayConstructor() == null) {
            return keyword(name.toLowerCase(java.util.Locale.ROOT));
        }
        if (resolution instanceof Scope.Found found) {
            typed = found.column().typed();
        } else if (resolution instanceof Scope.Ambiguous ambiguous) {
            typed = ambiguous(column, name, ambiguous.candidates());
        } else {
            typed = notFound(column, scope, schema, qualifier, name, (Scope.NotFound) resolution);
        }
        return typed;
    }

    /** SQL keywords that read like column names where no column of that name is in scope. */
    private static final java.util.Set<String> SQL_VALUE_FUNCTIONS = java.util.Set.of(
            "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp", "current_user",
            "session_user", "user", "current_role", "current_schema", "current_catalog");

    private Typed keyword(String name) {
        return switch (name) {
            case "current_user", "session_user", "user", "current_role", "current_schema", "current_catalog" ->
                    Typed.nonNull(dev.quarry.core.types.BaseType.NAME.type());
            default -> Typed.nonNull(ctx.rules().timeKeyword(name));
        };
    }

    private Typed ambiguous(Column column, String name, List<String> candidates) {
        ctx.error("ambiguous-column", column, "column reference \"" + name + "\" is ambiguous",
                "it could be " + String.join(" or ", candidates) + "; qualify it with the table name or alias");
        return Typed.nullable(SqlType.UNKNOWN, "ambiguous column");
    }

    private Typed notFound(Column column, Scope scope, @Nullable String schema, @Nullable String qualifier, String name,
            Scope.NotFound notFound) {
        if (qualifier != null && !scope.knowsRelation(schema, qualifier)) {
            List<String> named = scope.relationNames().stream().filter(n -> !n.isEmpty()).toList();
            String hint = Suggestions.closest(qualifier, named)
                    .map(s -> "did you mean \"" + s + "\"?")
                    .orElse(named.isEmpty() ? null : "tables in scope: " + String.join(", ", named));
            ctx.error("unknown-table", column, "missing FROM-clause entry for table \"" + qualifier + "\"", hint);
        } else {
            String where = qualifier == null ? "" : qualifier + ".";
            String hint = Suggestions.closest(name, new LinkedHashSet<>(notFound.candidates()))
                    .map(s -> "did you mean \"" + where + s + "\"?").orElse(null);
            ctx.error("unknown-column", column, "column \"" + where + name + "\" does not exist", hint);
        }
        return Typed.nullable(SqlType.UNKNOWN, "unknown column");
    }
}
