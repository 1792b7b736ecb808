package dev.quarry.core.ir;

import dev.quarry.core.types.SqlType;
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
 * @param generatedKey for {@code :execlastid} and {@code :execresult}: the key an INSERT generates,
 *     when known; null otherwise
 * @param copyTarget for {@code :copyfrom}: the table and columns the rows go into; null otherwise
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
        List<EmbedIr> embeds,
        @Nullable GeneratedKey generatedKey,
        @Nullable CopyTarget copyTarget) {

    public QueryIr {
        params = List.copyOf(params);
        columns = List.copyOf(columns);
        doc = List.copyOf(doc);
        embeds = List.copyOf(embeds);
    }

    /** A query without {@code sqlc.embed}, of a kind that needs no generated key or copy target. */
    public QueryIr(String name, QueryKind kind, String file, int line, String sql, String jdbcSql, List<ParamIr> params,
            List<ColumnIr> columns, List<String> doc, @Nullable TableRef tableModel) {
        this(name, kind, file, line, sql, jdbcSql, params, columns, doc, tableModel, List.of(), null, null);
    }

    /** A query of a kind that needs no generated key or copy target. */
    public QueryIr(String name, QueryKind kind, String file, int line, String sql, String jdbcSql, List<ParamIr> params,
            List<ColumnIr> columns, List<String> doc, @Nullable TableRef tableModel, List<EmbedIr> embeds) {
        this(name, kind, file, line, sql, jdbcSql, params, columns, doc, tableModel, embeds, null, null);
    }

    public QueryIr withKindDetails(@Nullable GeneratedKey key, @Nullable CopyTarget copy) {
        return new QueryIr(name, kind, file, line, sql, jdbcSql, params, columns, doc, tableModel, embeds, key, copy);
    }

    public record TableRef(String schema, String name) {}

    /**
     * The key an INSERT generates.
     *
     * @param column the key column's name
     * @param fromReturning the statement's own RETURNING gives the key (one column); otherwise the
     *     driver's generated keys do
     */
    public record GeneratedKey(String column, SqlType sqlType, boolean fromReturning) {}

    /** The table and columns a {@code :copyfrom} query inserts into; parameter i is column i. */
    public record CopyTarget(String schema, String table, List<String> columns) {

        public CopyTarget {
            columns = List.copyOf(columns);
        }
    }
}
