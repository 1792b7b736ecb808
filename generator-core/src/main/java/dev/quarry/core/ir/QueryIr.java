package dev.quarry.core.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One analyzed query.
 *
 * @param file the query file's display path
 * @param line the 1-based line of the query's {@code -- name:} comment
 * @param sql the query as written, from its {@code -- name:} line on (for Javadoc)
 * @param jdbcSql what is sent to the driver: the {@code -- name:} line, then the statement with
 *     every parameter written as {@code ?}
 * @param doc the comment lines directly above {@code -- name:}, without {@code --}
 * @param tableModel the table whose model record the rows are, when the query selects exactly
 *     that table's columns in order; null otherwise
 * @param embeds the {@code sqlc.embed(t)} items, in column order
 */
public record QueryIr(
        String name,
        QueryKind kind,
        String file,
        int line,
        String sql,
        String jdbcSql,
        List<ParamIr> params,
        List<ColumnIr> columns,
        List<String> doc,
        @Nullable TableRef tableModel,
        List<EmbedIr> embeds) {

    public QueryIr {
        params = List.copyOf(params);
        columns = List.copyOf(columns);
        doc = List.copyOf(doc);
        embeds = List.copyOf(embeds);
    }

    /** A query without {@code sqlc.embed}. */
    public QueryIr(String name, QueryKind kind, String file, int line, String sql, String jdbcSql, List<ParamIr> params,
            List<ColumnIr> columns, List<String> doc, @Nullable TableRef tableModel) {
        this(name, kind, file, line, sql, jdbcSql, params, columns, doc, tableModel, List.of());
    }

    public record TableRef(String schema, String name) {}
}
