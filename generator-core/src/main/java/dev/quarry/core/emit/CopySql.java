package dev.quarry.core.emit;

import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import java.util.stream.Collectors;

/**
 * The SQL a {@code :copyfrom} query sends, built from its target table and columns, after the
 * query's {@code -- name:} line so it stays recognizable in database logs.
 */
final class CopySql {

    private CopySql() {}

    /** What the queries class's SQL constant holds: COPY on PostgreSQL, the query's own SQL otherwise. */
    static String sent(QueryIr query, Engine engine) {
        if (query.kind() != QueryKind.COPYFROM || engine != Engine.POSTGRESQL) {
            return query.jdbcSql();
        }
        return nameLine(query) + "\nCOPY " + target(query, engine) + " FROM STDIN";
    }

    /** {@code INSERT INTO "t" ("a", "b") VALUES }, to which the runtime appends the rows' tuples. */
    static String insertPrefix(QueryIr query, Engine engine) {
        return nameLine(query) + "\nINSERT INTO " + target(query, engine) + " VALUES ";
    }

    private static String target(QueryIr query, Engine engine) {
        QueryIr.CopyTarget t = query.copyTarget();
        String table = t.schema().isEmpty() || t.schema().equals(engine.defaultSchema())
                ? quote(t.table(), engine)
                : quote(t.schema(), engine) + "." + quote(t.table(), engine);
        return table + " (" + t.columns().stream().map(c -> quote(c, engine)).collect(Collectors.joining(", ")) + ")";
    }

    private static String nameLine(QueryIr query) {
        int newline = query.jdbcSql().indexOf('\n');
        return newline < 0 ? query.jdbcSql() : query.jdbcSql().substring(0, newline);
    }

    /**
     * MySQL and MariaDB read a double-quoted name as a string unless ANSI_QUOTES is on; backticks
     * always quote there.
     */
    private static String quote(String identifier, Engine engine) {
        if (engine.isMysqlFamily()) {
            return "`" + identifier.replace("`", "``") + "`";
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
