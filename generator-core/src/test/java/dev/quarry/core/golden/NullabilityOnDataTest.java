package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.types.SqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Nullability on data: for every PostgreSQL golden folder that analyzes without errors, creates its
 * schema in a fresh schema of the server at 127.0.0.1:5432, fills every table with rows built from
 * the server's catalog to provoke NULLs, runs every query's JDBC SQL (each in a transaction that is
 * rolled back) and checks with plain JDBC that no column Quarry calls non-null ever comes back
 * NULL. It also counts how many columns Quarry calls nullable were actually seen NULL, and prints
 * the ratio; only the non-null guarantee is asserted.
 *
 * <p>The rows of each table, in foreign-key order: row 1 sets every column; row 2 leaves every
 * nullable column NULL; row 3 sets every column to its smallest value (empty arrays, empty JSON
 * objects). A foreign key of rows 1 and 3 points at the parent's row 1, of row 2 at its row 2, so
 * the parents' row 3 has no children; a nullable reference of a table to itself is NULL in row 1 too,
 * so that recursive queries over it end. Queries that cannot be run sensibly are listed with a reason
 * in {@code NullabilityOnDataTest-skipped.txt} next to this file; any other failure of a query
 * fails the test. Fails when the server is unreachable.
 */
class NullabilityOnDataTest {
    private static final Path SKIPPED = Path.of("src/test/java/dev/quarry/core/golden/NullabilityOnDataTest-skipped.txt");
    private static final int ROWS = 3;
    /** Rows read per query at most: the data set is small, more means a query that runs away. */
    private static final int MAX_ROWS = 10_000;

    /** What the test saw over the whole corpus. */
    private static final class Tally {
        int queries;
        int rows;
        int columnsChecked;
        int nullableColumns;
        int nullableSeenNull;
        final List<String> violations = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> nullableNeverNull = new ArrayList<>();
        final Set<String> listedSkipsUsed = new LinkedHashSet<>();
    }

    @Test
    void nonNullColumnsAreNeverNullOnData() throws Exception {
        Map<String, String> listedSkips = loadSkips();
        KnownFailures known = KnownFailures.load();
        Tally tally = new Tally();
        int n = 0;
        for (GoldenFolder folder : GoldenFolder.of("postgresql")) {
            if (!folder.expectsSuccess()) {
                continue;
            }
            QuarryConfig config = folder.configOrThrow();
            String wholeFolder = folder.id() + " *";
            if (listedSkips.containsKey(wholeFolder)) {
                tally.listedSkipsUsed.add(wholeFolder);
                tally.skipped.add(folder.id() + ": " + listedSkips.get(wholeFolder));
                continue;
            }
            if (PostgresScratchDatabase.needed(config)) {
                // such a folder creates its own schemas, which one scratch schema cannot hold
                tally.skipped.add(folder.id() + ": creates schemas or sets a search_path, so it is not applied to the server");
                continue;
            }
            Quarry.Analysis analysis = Quarry.analyze(config);
            if (analysis.ir().isEmpty()) {
                if (!known.golden().containsKey(folder.id())) {
                    tally.failures.add(folder.id() + ": the analysis has errors but the folder is not a known failure");
                } else {
                    tally.skipped.add(folder.id() + ": known failure, the analysis has errors");
                }
                continue;
            }
            runFolder(folder, config, analysis.ir().get(), ++n, listedSkips, tally);
        }
        for (String listed : listedSkips.keySet()) {
            if (!tally.listedSkipsUsed.contains(listed)) {
                tally.failures.add(SKIPPED.getFileName() + " lists " + listed + ", which is not a query of the corpus");
            }
        }
        System.out.printf("nullability on data: %d queries run, %d rows read, %d result columns checked; "
                        + "nullable columns seen NULL: %d of %d (%.0f%%); %d skipped%n",
                tally.queries, tally.rows, tally.columnsChecked, tally.nullableSeenNull, tally.nullableColumns,
                tally.nullableColumns == 0 ? 0.0 : 100.0 * tally.nullableSeenNull / tally.nullableColumns,
                tally.skipped.size());
        tally.skipped.forEach(s -> System.out.println("  skipped " + s));
        tally.nullableNeverNull.forEach(c -> System.out.println("  nullable, never NULL on this data: " + c));
        assertTrue(tally.queries > 0, "no query was run");
        assertTrue(tally.violations.isEmpty(), "columns Quarry calls non-null came back NULL:\n  "
                + String.join("\n  ", tally.violations));
        assertTrue(tally.failures.isEmpty(), "queries that could not be run (fix them or list them with a reason in "
                + SKIPPED.getFileName() + "):\n  " + String.join("\n  ", tally.failures));
    }

    private static Map<String, String> loadSkips() throws Exception {
        Map<String, String> skips = new TreeMap<>();
        for (String line : Files.readAllLines(SKIPPED)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(": ");
            assertFalse(colon < 0, SKIPPED.getFileName() + ": expected '<engine>/<folder> <Query>: <reason>': " + line);
            skips.put(text.substring(0, colon).strip(), text.substring(colon + 2).strip());
        }
        return skips;
    }

    private static void runFolder(GoldenFolder folder, QuarryConfig config, ProjectIr ir, int n,
            Map<String, String> listedSkips, Tally tally) throws SQLException {
        // the pid keeps runs from several checkouts on the shared server apart
        String schema = "quarry_nulldata_" + ProcessHandle.current().pid() + "_" + n;
        try (Connection connection = PostgresServerTypesTest.connect()) {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                st.execute("CREATE SCHEMA " + schema);
                st.execute("SET search_path TO " + schema);
                st.execute("SET statement_timeout TO '20s'");
            }
            try {
                PostgresServerTypesTest.applySchema(connection, config);
                new DataSet(connection, schema).insert(folder.id(), tally.failures);
                connection.setAutoCommit(false);
                for (QueryFileIr file : ir.queryFiles()) {
                    for (QueryIr query : file.queries()) {
                        String key = folder.id() + " " + query.name();
                        String reason = listedSkips.get(key);
                        if (reason != null) {
                            tally.listedSkipsUsed.add(key);
                            tally.skipped.add(key + ": " + reason);
                            continue;
                        }
                        runQuery(connection, key, query, tally);
                    }
                }
            } finally {
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void runQuery(Connection connection, String key, QueryIr query, Tally tally) throws SQLException {
        boolean[] seenNull = new boolean[query.columns().size()];
        StatementKind statement = StatementKind.of(query.jdbcSql());
        try (PreparedStatement ps = connection.prepareStatement(query.jdbcSql())) {
            ps.setMaxRows(MAX_ROWS);
            for (ParamIr param : query.params()) {
                for (int position : param.positions()) {
                    if (param.nullable()) {
                        ps.setNull(position, Types.OTHER);
                    } else {
                        ps.setObject(position, ParamValues.valueFor(statement, param, position), Types.OTHER);
                    }
                }
            }
            boolean hasResult = ps.execute();
            tally.queries++;
            if (hasResult) {
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        tally.rows++;
                        for (int i = 0; i < seenNull.length; i++) {
                            rs.getObject(i + 1);
                            if (rs.wasNull()) {
                                ColumnIr column = query.columns().get(i);
                                if (!column.nullable() && !seenNull[i]) {
                                    tally.violations.add(key + ": column " + column.name() + " is NULL in row "
                                            + rs.getRow());
                                }
                                seenNull[i] = true;
                            }
                        }
                    }
                }
            }
            tally.columnsChecked += seenNull.length;
            for (int i = 0; i < seenNull.length; i++) {
                if (query.columns().get(i).nullable()) {
                    tally.nullableColumns++;
                    if (seenNull[i]) {
                        tally.nullableSeenNull++;
                    } else {
                        tally.nullableNeverNull.add(key + "." + query.columns().get(i).name() + " ("
                                + query.columns().get(i).nullableReason() + ")");
                    }
                }
            }
        } catch (SQLException e) {
            tally.failures.add(key + ": " + e.getMessage().replace('\n', ' '));
        } finally {
            connection.rollback();
        }
    }

    /** The kind of statement a query's SQL starts with, after its comments. */
    private enum StatementKind {
        INSERT, DELETE, OTHER;

        static StatementKind of(String sql) {
            String code = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + " " + b).strip()
                    .toUpperCase(java.util.Locale.ROOT);
            return code.startsWith("INSERT") || code.contains(" INSERT INTO ") ? INSERT
                    : code.startsWith("DELETE") ? DELETE : OTHER;
        }
    }

    /**
     * Values for parameters, as text the server converts to the parameter's type: values of the data
     * set's row 1, so that lookups find rows; new text for inserts, so that unique keys hold; row 3,
     * which has no children, for deletes.
     */
    private static final class ParamValues {
        static String valueFor(StatementKind statement, ParamIr param, int position) {
            return valueOf(param.sqlType(), param.name().toLowerCase(java.util.Locale.ROOT), statement, position);
        }

        private static String valueOf(SqlType type, String name, StatementKind statement, int position) {
            if (type instanceof SqlType.Array array) {
                return "{" + quoteElement(valueOf(array.element(), name, statement, position)) + "}";
            }
            if (type instanceof SqlType.Enum e) {
                return e.labels().get(0);
            }
            return scalar(type.name(), name, statement, position);
        }

        private static String quoteElement(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private static String scalar(String type, String name, StatementKind statement, int position) {
            boolean upper = name.endsWith("_to") || name.startsWith("max");
            return switch (type) {
                case "int2", "int4", "int8", "numeric", "float4", "float8", "money" ->
                        name.contains("limit") || name.contains("size") ? "100"
                                : name.contains("offset") ? "0"
                                : upper ? "1000"
                                : statement == StatementKind.DELETE ? "3" : "1";
                case "bool" -> "true";
                case "date" -> upper ? "2030-01-01" : "2024-01-01";
                case "timestamp", "timestamptz" -> upper ? "2030-01-01 00:00:00" : "2024-01-01 00:00:00";
                case "time", "timetz" -> "00:00:00";
                case "interval" -> "1 day";
                case "uuid" -> "00000000-0000-0000-0000-000000000001";
                case "json", "jsonb" -> "{}";
                case "bytea" -> "\\x01";
                default -> statement == StatementKind.INSERT ? "new" + position : "v1";
            };
        }
    }

    /** The generated rows of every table of a schema, read from the server's catalog. */
    private static final class DataSet {
        private final Connection connection;
        private final String schema;

        DataSet(Connection connection, String schema) {
            this.connection = connection;
            this.schema = schema;
        }

        record Column(String name, String type, String typeName, char category, boolean notNull, char identity,
                boolean generated, long elementType) {}

        record ForeignKey(String table, String column) {}

        void insert(String folder, List<String> failures) throws SQLException {
            Map<String, List<Column>> tables = tables();
            Map<String, Map<String, ForeignKey>> foreignKeys = foreignKeys();
            for (String table : foreignKeyOrder(tables.keySet(), foreignKeys)) {
                for (int row = 1; row <= ROWS; row++) {
                    List<String> names = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    for (Column column : tables.get(table)) {
                        if (column.generated()) {
                            continue;
                        }
                        ForeignKey fk = foreignKeys.getOrDefault(table, Map.of()).get(column.name());
                        String value;
                        boolean selfReference = fk != null && fk.table().equals(table);
                        if ((row == 2 || row == 1 && selfReference) && !column.notNull()) {
                            // row 1 of a self-referencing table is a root, so that recursive queries end
                            value = "NULL";
                        } else if (fk != null) {
                            Column target = tables.get(fk.table()).stream()
                                    .filter(c -> c.name().equals(fk.column())).findFirst().orElseThrow();
                            value = literal(target, row == 2 ? 2 : 1);
                        } else {
                            value = literal(column, row);
                        }
                        names.add(quote(column.name()));
                        values.add(value + "::" + column.type());
                    }
                    String sql = "INSERT INTO " + quote(table) + " (" + String.join(", ", names) + ") OVERRIDING SYSTEM VALUE VALUES ("
                            + String.join(", ", values) + ") ON CONFLICT DO NOTHING";
                    try (Statement st = connection.createStatement()) {
                        st.execute(sql);
                    } catch (SQLException e) {
                        failures.add(folder + ": data row " + row + " of " + table + " rejected: " + e.getMessage().replace('\n', ' '));
                    }
                }
                // later inserts by the queries must not collide with the generated keys
                for (Column column : tables.get(table)) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("SELECT setval(s, 1000) FROM pg_get_serial_sequence('" + schema + "." + table + "', '"
                                + column.name() + "') AS s WHERE s IS NOT NULL");
                    }
                }
            }
        }

        private String literal(Column column, int row) throws SQLException {
            boolean minimal = row == 3;
            if (column.category() == 'A') {
                if (minimal) {
                    return "'{}'";
                }
                String element = elementLiteral(column.elementType(), row);
                return "'{" + element.replace("'", "''") + "}'";
            }
            return switch (column.category()) {
                case 'E' -> "'" + enumLabel(column.typeName(), row).replace("'", "''") + "'";
                default -> "'" + scalarText(column.typeName(), column.category(), row, minimal).replace("'", "''") + "'";
            };
        }

        private String elementLiteral(long elementType, int row) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT typname, typcategory FROM pg_type WHERE oid = ?")) {
                ps.setLong(1, elementType);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String typeName = rs.getString(1);
                    char category = rs.getString(2).charAt(0);
                    String text = category == 'E' ? enumLabel(typeName, row) : scalarText(typeName, category, row, false);
                    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                }
            }
        }

        private String enumLabel(String typeName, int row) throws SQLException {
            List<String> labels = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
                    + " WHERE t.typname = ? AND t.typnamespace = ?::regnamespace ORDER BY e.enumsortorder")) {
                ps.setString(1, typeName);
                ps.setString(2, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        labels.add(rs.getString(1));
                    }
                }
            }
            return labels.get((row - 1) % labels.size());
        }

        private static String scalarText(String typeName, char category, int row, boolean minimal) {
            return switch (typeName) {
                case "bool" -> row % 2 == 1 ? "true" : "false";
                case "date" -> "2024-01-0" + row;
                case "timestamp", "timestamptz" -> "2024-01-0" + row + " 10:00:00";
                case "time", "timetz" -> "10:0" + row + ":00";
                case "interval" -> row + " days";
                case "uuid" -> "00000000-0000-0000-0000-00000000000" + row;
                case "json", "jsonb" -> minimal ? "{}"
                        : "{\"color\": \"red\", \"sizes\": [38, 40], \"size\": {\"eu\": \"40\"}, \"theme\": \"dark\", "
                                + "\"flags\": [true], \"stock\": " + row + "}";
                case "bytea" -> "\\x0" + row;
                case "inet", "cidr" -> "127.0.0." + row;
                case "macaddr" -> "08:00:2b:01:02:0" + row;
                case "bit", "varbit" -> "1".repeat(8);
                case "xml" -> "<v" + row + "/>";
                case "money" -> "$" + row;
                default -> category == 'N' ? Integer.toString(row) : "v" + row;
            };
        }

        private Map<String, List<Column>> tables() throws SQLException {
            Map<String, List<Column>> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typcategory,
                           a.attnotnull, a.attidentity, a.attgenerated, t.typelem
                    FROM pg_class c
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                    JOIN pg_type t ON t.oid = a.atttypid
                    WHERE c.relnamespace = ?::regnamespace AND c.relkind = 'r'
                    ORDER BY c.relname, a.attnum""")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String identity = rs.getString(7);
                        String generated = rs.getString(8);
                        tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new Column(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5).charAt(0),
                                rs.getBoolean(6), identity.isEmpty() ? ' ' : identity.charAt(0),
                                !generated.isEmpty(), rs.getLong(9)));
                    }
                }
            }
            return tables;
        }

        private Map<String, Map<String, ForeignKey>> foreignKeys() throws SQLException {
            Map<String, Map<String, ForeignKey>> keys = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT src.relname, sa.attname, dst.relname, da.attname
                    FROM pg_constraint k
                    CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS pair(src_col, dst_col)
                    JOIN pg_class src ON src.oid = k.conrelid
                    JOIN pg_class dst ON dst.oid = k.confrelid
                    JOIN pg_attribute sa ON sa.attrelid = k.conrelid AND sa.attnum = pair.src_col
                    JOIN pg_attribute da ON da.attrelid = k.confrelid AND da.attnum = pair.dst_col
                    WHERE k.contype = 'f' AND k.connamespace = ?::regnamespace""")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.computeIfAbsent(rs.getString(1), t -> new HashMap<>())
                                .put(rs.getString(2), new ForeignKey(rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return keys;
        }

        /** Parents before children; a table's references to itself do not count. */
        private static List<String> foreignKeyOrder(Set<String> tables, Map<String, Map<String, ForeignKey>> foreignKeys) {
            List<String> order = new ArrayList<>();
            Set<String> left = new LinkedHashSet<>(tables);
            while (!left.isEmpty()) {
                String next = left.stream().filter(t -> foreignKeys.getOrDefault(t, Map.of()).values().stream()
                                .allMatch(fk -> fk.table().equals(t) || order.contains(fk.table())))
                        .findFirst().orElseThrow(() -> new AssertionError("foreign keys form a cycle among " + left));
                order.add(next);
                left.remove(next);
            }
            return order;
        }

        private static String quote(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }
}
