package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.StatementSplitter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGProperty;

/**
 * The server is the truth for types: for every PostgreSQL golden folder that generates without
 * errors, applies its schema in a fresh schema of the server at 127.0.0.1:5432, has the server
 * describe every query's JDBC SQL, and checks that Quarry's parameter and column types are the
 * server's. A folder that creates schemas or sets a search_path gets a database of its own
 * ({@link PostgresScratchDatabase}). Folders listed with scope {@code server} in KNOWN-FAILURES.txt
 * must fail. Fails when the server is unreachable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresServerTypesTest {
    private static final String URL_PREFIX = "jdbc:postgresql://127.0.0.1:5432/";

    /**
     * PgJDBC reports an integer column with a sequence default by its pseudo-type name; the column's
     * type is the integer type.
     */
    private static final Map<String, String> PSEUDO_TYPES = Map.of("serial", "int4", "bigserial", "int8", "smallserial", "int2");

    /** For the folders that create schemas; made when the first of them runs. */
    private PostgresScratchDatabase scratch;

    @AfterAll
    void dropScratchDatabase() throws SQLException {
        if (scratch != null) {
            scratch.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> quarryTypesAreTheServers() {
        KnownFailures known = KnownFailures.load();
        List<GoldenFolder> folders = GoldenFolder.of("postgresql").stream().filter(GoldenFolder::expectsSuccess).toList();
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

    static Connection connect() throws SQLException {
        return connect("test");
    }

    static Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        // describe every statement on the server as a named statement, from the first use on
        PGProperty.PREPARE_THRESHOLD.set(props, -1);
        return DriverManager.getConnection(URL_PREFIX + database, props);
    }

    private void compare(GoldenFolder folder, int n) throws SQLException {
        QuarryConfig config = folder.configOrThrow();
        Quarry.Analysis analysis = Quarry.analyze(config);
        ProjectIr ir = analysis.ir().orElseThrow(() -> new AssertionError(
                folder.id() + " has errors\n" + DiagnosticRenderer.render(analysis.diagnostics())));
        String schema = "quarry_golden_" + ProcessHandle.current().pid() + "_" + n;
        List<String> mismatches = new ArrayList<>();
        if (PostgresScratchDatabase.needed(config)) {
            if (scratch == null) {
                scratch = PostgresScratchDatabase.create("quarry_golden_" + ProcessHandle.current().pid());
            }
            try (Connection connection = scratch.connectEmpty(config)) {
                applySchema(connection, config);
                compareQueries(connection, ir, mismatches);
            }
        } else {
            compareInScratchSchema(config, ir, schema, mismatches);
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(folder.id() + ": Quarry's types differ from PostgreSQL's:\n  "
                    + String.join("\n  ", mismatches));
        }
    }

    private static void compareQueries(Connection connection, ProjectIr ir, List<String> mismatches) throws SQLException {
        for (QueryFileIr file : ir.queryFiles()) {
            for (QueryIr query : file.queries()) {
                compareQuery(connection, query, mismatches);
            }
        }
    }

    private static void compareInScratchSchema(QuarryConfig config, ProjectIr ir, String schema, List<String> mismatches)
            throws SQLException {
        try (Connection connection = connect()) {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                st.execute("CREATE SCHEMA " + schema);
                st.execute("SET search_path TO " + schema);
            }
            try {
                applySchema(connection, config);
                compareQueries(connection, ir, mismatches);
            } finally {
                try (Statement st = connection.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    /**
     * Applies the schema as Quarry reads it: migration folders in their tool's order, only the up
     * parts, a statement at a time (a batch is parsed whole before it runs, so a statement could not
     * see the tables of the statements before it).
     */
    static void applySchema(Connection connection, QuarryConfig config) throws SQLException {
        for (SchemaScript script : SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir())) {
            String text = script.file().text();
            try (Statement st = connection.createStatement()) {
                for (SchemaScript.Section section : script.sections()) {
                    for (StatementSplitter.Piece piece : section.oneStatement()
                            ? StatementSplitter.whole(text, section.start(), section.end())
                            : StatementSplitter.split(text, section.start(), section.end())) {
                        st.execute(piece.text());
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError("the server rejects schema file " + script.file().displayPath() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static void compareQuery(Connection connection, QueryIr query, List<String> mismatches) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query.jdbcSql())) {
            ParameterMetaData params = ps.getParameterMetaData();
            String[] quarryParams = new String[params.getParameterCount()];
            for (ParamIr param : query.params()) {
                for (int position : param.positions()) {
                    if (position > quarryParams.length) {
                        mismatches.add(query.name() + ": parameter " + param.name() + " bound at ?" + position
                                + " but the server sees only " + quarryParams.length + " placeholders");
                    } else {
                        quarryParams[position - 1] = param.sqlType().name();
                    }
                }
            }
            for (int i = 1; i <= quarryParams.length; i++) {
                String server = serverName(params.getParameterTypeName(i));
                if (!server.equals(quarryParams[i - 1])) {
                    mismatches.add(query.name() + ": parameter ?" + i + " is " + server + " on the server, Quarry says "
                            + quarryParams[i - 1]);
                }
            }
            ResultSetMetaData columns = ps.getMetaData();
            int serverCount = columns == null ? 0 : columns.getColumnCount();
            if (serverCount != query.columns().size()) {
                mismatches.add(query.name() + ": the server returns " + serverCount + " columns, Quarry says "
                        + query.columns().size());
                return;
            }
            for (int i = 1; i <= serverCount; i++) {
                ColumnIr column = query.columns().get(i - 1);
                String server = serverName(columns.getColumnTypeName(i));
                if (!server.equals(column.sqlType().name()) || !columns.getColumnLabel(i).equals(column.name())) {
                    mismatches.add(query.name() + ": column " + i + " is " + columns.getColumnLabel(i) + " " + server
                            + " on the server, Quarry says " + column.name() + " " + column.sqlType().name());
                }
            }
        } catch (SQLException e) {
            mismatches.add(query.name() + ": the server cannot prepare it: " + e.getMessage());
        }
    }

    /** The server's type name in Quarry's spelling: {@code _int4} is {@code int4[]}, enums by bare name. */
    static String serverName(String name) {
        String bare = name.replace("\"", "");
        bare = bare.substring(bare.lastIndexOf('.') + 1);
        if (bare.startsWith("_")) {
            return bare.substring(1) + "[]";
        }
        return PSEUDO_TYPES.getOrDefault(bare, bare);
    }
}
