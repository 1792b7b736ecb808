package dev.quarry.core.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.PgSignatureCorpus.Call;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the resolver against a live PostgreSQL 15: for each corpus call the server describes
 * {@code SELECT <call>} (typed NULLs as arguments, untyped parameters for unknown ones) and the
 * resolver must give the same result type and the same types for the untyped parameters. The test
 * fails, not skips, when the server is unreachable: it is the only proof the data file is right.
 * Connection: system property {@code quarry.pg.url}, default {@code jdbc:postgresql://127.0.0.1:5432/test}.
 */
class PostgresFunctionCatalogServerTest {
    private static final String ENUM_NAME = "quarry_signature_test_mood";
    private static final SqlType.Enum MOOD = new SqlType.Enum("public", ENUM_NAME, List.of("sad", "ok", "happy"));

    private static Connection connection;
    private final FunctionCatalog catalog = FunctionCatalog.forEngine(Engine.POSTGRESQL);

    @BeforeAll
    static void connect() throws SQLException {
        String url = System.getProperty("quarry.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        connection = DriverManager.getConnection(url, System.getProperty("quarry.pg.user", "postgres"), "");
        // everything happens in one transaction that is rolled back: the enum never becomes visible
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TYPE " + ENUM_NAME + " AS ENUM ('sad', 'ok', 'happy')");
        }
    }

    @AfterAll
    static void disconnect() throws SQLException {
        if (connection != null) {
            connection.rollback();
            connection.close();
        }
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(PgSignatureCorpus.calls().size() >= 80, "corpus size " + PgSignatureCorpus.calls().size());
    }

    @TestFactory
    Stream<DynamicTest> resolverAgreesWithServer() {
        return PgSignatureCorpus.calls().stream().map(call -> DynamicTest.dynamicTest(call.label(), () -> check(call)));
    }

    private void check(Call call) throws SQLException {
        ServerTruth truth = describe(call);
        Optional<FunctionMatch> match = resolve(call);
        if (truth.error() != null && !truth.error().contains("could not determine data type of parameter")) {
            assertTrue(match.isEmpty(), "server rejects " + call.label() + " (" + truth.error() + ") but resolver gave " + match);
            return;
        }
        FunctionMatch m = match.orElseThrow(() -> new AssertionError("server types " + call.label() + " as "
                + truth.resultType() + truth.error() + " but resolver found nothing"));
        List<Integer> unknowns = unknownPositions(call);
        if (truth.error() != null) {
            // the call resolves but an untyped argument meets an "any" parameter the server cannot type
            assertTrue(unknowns.stream().anyMatch(i -> m.paramTypes().get(i) instanceof SqlType.Unknown),
                    "server cannot type a parameter of " + call.label() + ", resolver says " + m.paramTypes());
            return;
        }
        assertEquals(truth.resultType(), m.returnType().name(), "result type of " + call.label());
        for (int k = 0; k < unknowns.size(); k++) {
            assertEquals(truth.paramTypes().get(k), m.paramTypes().get(unknowns.get(k)).name(),
                    "type of untyped argument " + (unknowns.get(k) + 1) + " of " + call.label());
        }
    }

    private Optional<FunctionMatch> resolve(Call call) {
        List<SqlType> args = call.args().stream().map(PostgresFunctionCatalogServerTest::type).toList();
        if (!call.operator()) {
            return catalog.resolveFunction(call.name(), args);
        }
        return catalog.resolveOperator(call.name(), call.left() == null ? null : type(call.left()), args.get(0));
    }

    /** The server's verdict; {@code error} set when it rejected the statement. */
    record ServerTruth(@Nullable String resultType, List<String> paramTypes, @Nullable String error) {}

    private static ServerTruth describe(Call call) throws SQLException {
        String sql = "SELECT " + sqlOf(call);
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            String result = serverName(ps.getMetaData().getColumnTypeName(1));
            ParameterMetaData pm = ps.getParameterMetaData();
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= pm.getParameterCount(); i++) {
                params.add(serverName(pm.getParameterTypeName(i)));
            }
            return new ServerTruth(result, params, null);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw e;
            }
            connection.rollback(savepoint);
            return new ServerTruth(null, List.of(), e.getMessage());
        }
    }

    private static String sqlOf(Call call) {
        List<String> args = call.args().stream().map(PostgresFunctionCatalogServerTest::sqlArg).toList();
        if (!call.operator()) {
            boolean countStar = call.name().equals("count") && args.isEmpty();
            String over = isWindow(call.name()) ? " OVER ()" : "";
            return call.name() + "(" + (countStar ? "*" : String.join(", ", args)) + ")" + over;
        }
        // PgJDBC reads ? as a placeholder; ?? sends the operator
        String op = call.name().replace("?", "??");
        if (call.left() == null) {
            return op + " " + args.get(0);
        }
        return sqlArg(call.left()) + " " + op + " " + args.get(0);
    }

    private static boolean isWindow(String name) {
        return List.of("row_number", "rank", "percent_rank", "ntile", "lag", "lead", "first_value", "nth_value")
                .contains(name);
    }

    private static String sqlArg(String type) {
        if (type.equals("unknown")) {
            return "?";
        }
        return "(NULL::" + (type.equals("mood") ? ENUM_NAME : type) + ")";
    }

    private static SqlType type(String name) {
        if (name.equals("unknown")) {
            return SqlType.UNKNOWN;
        }
        if (name.equals("mood")) {
            return MOOD;
        }
        return TypeNames.resolve(Engine.POSTGRESQL, name, n -> Optional.empty());
    }

    /** PgJDBC reports arrays by their pg_type name ({@code _int4}); Quarry writes {@code int4[]}. */
    private static String serverName(String name) {
        return name.startsWith("_") ? name.substring(1) + "[]" : name;
    }

    private static List<Integer> unknownPositions(Call call) {
        List<String> all = new ArrayList<>();
        if (call.left() != null) {
            all.add(call.left());
        }
        all.addAll(call.args());
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).equals("unknown")) {
                positions.add(i);
            }
        }
        return positions;
    }
}
