package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.StatementSplitter;
import dev.quarry.core.types.SqlType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The server is the truth for types, MariaDB edition: for every MySQL golden folder that generates
 * without errors, applies its schema in a fresh database {@code quarry_golden_<n>} of the MariaDB
 * server at 127.0.0.1:3306, prepares every query, and checks that the column types MariaDB's result
 * metadata reports are Quarry's. Fails when the server is unreachable.
 *
 * <p>Parameters are not compared: MariaDB's server-side prepare describes every parameter as a
 * string ({@code ParameterMetaData} says VARCHAR whatever the context), so it cannot tell.
 *
 * <p>Exceptions, each with its reason:
 * <ul>
 *   <li>a {@code bool} expression (a comparison) is INTEGER on the server: MySQL has no boolean
 *       type; Quarry types comparisons {@code bool}, read with getBoolean from 0/1;
 *   <li>integer arithmetic and functions: the server picks INTEGER or BIGINT by the digits it
 *       expects; Quarry says {@code int8} for arithmetic and aggregates over integers, so INTEGER
 *       is accepted for {@code int8} where the column is not a base column;
 *   <li>{@code json} columns are LONGTEXT on the server (MariaDB's JSON is an alias of LONGTEXT
 *       with a check); {@code ENUM} and {@code SET} columns are CHAR or VARCHAR to the driver;
 *   <li>{@code year} is YEAR, which Quarry reads as {@code int4}.
 * </ul>
 *
 * <p>MariaDB's prepare does not describe the rows of INSERT, REPLACE and DELETE ... RETURNING; their
 * RETURNING list is prepared as a SELECT from the target table instead.
 */
class MysqlServerTypesTest {
    private static final String URL = "jdbc:mariadb://127.0.0.1:3306/";

    /** Server type names (MariaDB Connector/J's spelling) per Quarry type name. */
    private static final Map<String, Set<String>> SERVER_NAMES = Map.ofEntries(
            Map.entry("int2", Set.of("TINYINT", "SMALLINT")),
            Map.entry("int4", Set.of("MEDIUMINT", "INTEGER", "YEAR")),
            Map.entry("int8", Set.of("BIGINT", "BIT")),
            Map.entry("tinyint unsigned", Set.of("TINYINT UNSIGNED")),
            Map.entry("smallint unsigned", Set.of("SMALLINT UNSIGNED")),
            Map.entry("int unsigned", Set.of("MEDIUMINT UNSIGNED", "INTEGER UNSIGNED")),
            Map.entry("bigint unsigned", Set.of("BIGINT UNSIGNED")),
            Map.entry("bool", Set.of("BOOLEAN", "BIT(1)")),
            Map.entry("numeric", Set.of("DECIMAL")),
            Map.entry("float4", Set.of("FLOAT")),
            Map.entry("float8", Set.of("DOUBLE")),
            Map.entry("bpchar", Set.of("CHAR")),
            Map.entry("varchar", Set.of("VARCHAR")),
            Map.entry("text", Set.of("TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT")),
            Map.entry("bytea", Set.of("BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB")),
            Map.entry("date", Set.of("DATE")),
            Map.entry("time", Set.of("TIME")),
            Map.entry("timestamp", Set.of("DATETIME", "TIMESTAMP")),
            Map.entry("json", Set.of("LONGTEXT", "JSON")),
            Map.entry("set", Set.of("CHAR", "VARCHAR")),
            Map.entry("uuid", Set.of("UUID")));

    @TestFactory
    Stream<DynamicTest> quarryTypesAreTheServers() {
        KnownFailures known = KnownFailures.load();
        List<GoldenFolder> folders = GoldenFolder.of("mysql").stream().filter(GoldenFolder::expectsSuccess).toList();
        assertFalse(folders.isEmpty());
        int[] counter = {0};
        return folders.stream().map(folder -> {
            int n = ++counter[0];
            return DynamicTest.dynamicTest(folder.id(), folder.dir().toUri(), () -> {
                String why = known.server().get(folder.id());
                if (why != null) {
                    assertThrows(AssertionError.class, () -> compare(folder, n),
                            folder.id() + " is listed in KNOWN-FAILURES.txt (" + why + ") but now passes: remove it from the list");
                } else {
                    compare(folder, n);
                }
            });
        });
    }

    /** A connection to MariaDB's {@code test} database, or to {@code database} when given. */
    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(URL + database, "root", "");
    }

    /**
     * Creates {@code database} afresh and applies the folder's schema there: the parts of each file
     * Quarry applies (a migration folder's up parts, in its order), one statement at a time.
     */
    static Connection freshDatabase(String database, QuarryConfig config) throws SQLException {
        try (Connection admin = connect("test"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
        }
        Connection connection = connect(database);
        for (SchemaScript script : SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir())) {
            String text = script.file().text();
            for (SchemaScript.Section section : script.sections()) {
                for (StatementSplitter.Piece piece : section.oneStatement()
                        ? StatementSplitter.whole(text, section.start(), section.end())
                        : StatementSplitter.split(text, section.start(), section.end(), true)) {
                    try (Statement st = connection.createStatement()) {
                        st.execute(piece.text());
                    } catch (SQLException e) {
                        connection.close();
                        throw new AssertionError("the server rejects schema file " + script.file().displayPath() + ": "
                                + e.getMessage(), e);
                    }
                }
            }
        }
        return connection;
    }

    static void dropDatabase(String database) throws SQLException {
        try (Connection admin = connect("test"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void compare(GoldenFolder folder, int n) throws SQLException {
        QuarryConfig config = folder.configOrThrow();
        Quarry.Analysis analysis = Quarry.analyze(config);
        ProjectIr ir = analysis.ir().orElseThrow(() -> new AssertionError(
                folder.id() + " has errors\n" + DiagnosticRenderer.render(analysis.diagnostics())));
        String database = "quarry_golden_" + ProcessHandle.current().pid() + "_" + n;
        List<String> mismatches = new ArrayList<>();
        try (Connection connection = freshDatabase(database, config)) {
            for (QueryFileIr file : ir.queryFiles()) {
                for (QueryIr query : file.queries()) {
                    compareQuery(connection, query, mismatches);
                }
            }
        } finally {
            dropDatabase(database);
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(folder.id() + ": Quarry's types differ from MariaDB's:\n  "
                    + String.join("\n  ", mismatches));
        }
    }

    /** A result column as the server describes it; {@code baseColumn}: it names a table's column. */
    private record ServerColumn(String label, String type, boolean baseColumn) {}

    private static void compareQuery(Connection connection, QueryIr query, List<String> mismatches) throws SQLException {
        List<ServerColumn> server;
        try {
            server = describe(connection, query);
        } catch (SQLException e) {
            mismatches.add(query.name() + ": the server cannot prepare it: " + e.getMessage());
            return;
        }
        if (server.size() != query.columns().size()) {
            mismatches.add(query.name() + ": the server returns " + server.size() + " columns, Quarry says "
                    + query.columns().size());
            return;
        }
        for (int i = 0; i < server.size(); i++) {
            ColumnIr column = query.columns().get(i);
            ServerColumn s = server.get(i);
            if (!accepts(column.sqlType(), s.type(), s.baseColumn()) || !s.label().equals(column.name())) {
                mismatches.add(query.name() + ": column " + (i + 1) + " is " + s.label() + " " + s.type()
                        + " on the server, Quarry says " + column.name() + " " + column.sqlType().name());
            }
        }
    }

    /**
     * The result columns as the server describes them at prepare (server-side, so the server and not
     * the driver describes them). MariaDB's prepare describes no columns for INSERT/REPLACE/DELETE ...
     * RETURNING: the RETURNING list is then prepared as a SELECT from the target table, which the
     * server types the same way.
     */
    private static List<ServerColumn> describe(Connection connection, QueryIr query) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query.jdbcSql())) {
            List<ServerColumn> described = columns(ps.getMetaData());
            Matcher dml = RETURNING.matcher(query.jdbcSql());
            if (!described.isEmpty() || query.columns().isEmpty() || !dml.find()) {
                return described;
            }
            String table = dml.group(1) != null ? dml.group(1) : dml.group(2);
            String items = query.jdbcSql().substring(dml.end());
            try (PreparedStatement select = connection.prepareStatement("SELECT " + items + " FROM " + table + " LIMIT 0")) {
                return columns(select.getMetaData());
            }
        }
    }

    /** The target table of an INSERT, REPLACE or DELETE, and where its RETURNING list starts. */
    private static final Pattern RETURNING = Pattern.compile(
            "(?is)(?:(?:INSERT|REPLACE)\\s+INTO\\s+([\\w`.]+)|DELETE\\s+FROM\\s+([\\w`.]+)).*\\sRETURNING\\s");

    private static List<ServerColumn> columns(ResultSetMetaData metadata) throws SQLException {
        List<ServerColumn> columns = new ArrayList<>();
        for (int i = 1; metadata != null && i <= metadata.getColumnCount(); i++) {
            String type = metadata.getColumnTypeName(i).toUpperCase(Locale.ROOT);
            // BIT(1) is Quarry's bool, a wider BIT its bigint: the width tells them apart
            if (type.equals("BIT") && metadata.getPrecision(i) == 1) {
                type = "BIT(1)";
            }
            columns.add(new ServerColumn(metadata.getColumnLabel(i), type, !metadata.getTableName(i).isEmpty()));
        }
        return columns;
    }

    static boolean accepts(SqlType quarry, String server, boolean baseColumn) {
        if (quarry instanceof SqlType.Enum) {
            return server.equals("CHAR") || server.equals("VARCHAR");
        }
        String name = quarry.name();
        if (SERVER_NAMES.getOrDefault(name, Set.of()).contains(server)) {
            return true;
        }
        // the documented exceptions, for expressions only: comparisons are integers, integer
        // expressions sized by digits, string functions (concat, ...) varchar
        return !baseColumn && ((name.equals("bool") && server.equals("INTEGER"))
                || (name.equals("int8") && server.equals("INTEGER"))
                || (name.equals("text") && server.equals("VARCHAR")));
    }
}
