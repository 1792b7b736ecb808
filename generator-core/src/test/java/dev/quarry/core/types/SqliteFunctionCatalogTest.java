package dev.quarry.core.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written SQLite table, checked where it can be against SQLite itself: {@code typeof()}
 * of each call over sample values must be the storage class of the table's result type.
 */
class SqliteFunctionCatalogTest {
    private static final SqlType INT = BaseType.INT8.type();
    private static final SqlType REAL = BaseType.FLOAT8.type();
    private static final SqlType TEXT = BaseType.TEXT.type();
    private static final SqlType BLOB = BaseType.BYTEA.type();
    private static final SqlType BOOL = BaseType.BOOL.type();
    /** A sample value of each argument type, from the one-row table {@code v}. */
    private static final Map<SqlType, String> SAMPLE = Map.of(INT, "i", REAL, "r", TEXT, "t", BLOB, "b");

    private static Connection connection;
    private final FunctionCatalog catalog = FunctionCatalog.forEngine(Engine.SQLITE);

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB)");
            s.execute("INSERT INTO v VALUES (7, 2.5, '{\"a\":[1,2]}', x'00ff')");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    record Probe(String sql, SqlType expected, FunctionMatch match) {}

    private Probe fn(String name, SqlType... args) {
        List<String> sql = new ArrayList<>();
        for (SqlType a : args) {
            sql.add(SAMPLE.get(a));
        }
        FunctionMatch m = catalog.resolveFunction(name, List.of(args)).orElseThrow(() -> new AssertionError(name));
        return new Probe(name + "(" + String.join(", ", sql) + ")", m.returnType(), m);
    }

    private Probe literal(String name, String argsSql, int argCount, SqlType firstArg) {
        List<SqlType> args = new ArrayList<>();
        args.add(firstArg);
        while (args.size() < argCount) {
            args.add(TEXT);
        }
        FunctionMatch m = catalog.resolveFunction(name, args.subList(0, argCount)).orElseThrow();
        return new Probe(name + "(" + argsSql + ")", m.returnType(), m);
    }

    private Probe op(SqlType left, String op, SqlType right) {
        FunctionMatch m = catalog.resolveOperator(op, left, right).orElseThrow(() -> new AssertionError(op));
        return new Probe(SAMPLE.get(left) + " " + op + " " + SAMPLE.get(right), m.returnType(), m);
    }

    private List<Probe> probes() {
        return List.of(
                fn("count"), fn("count", TEXT), fn("sum", INT), fn("sum", REAL), fn("total", INT), fn("avg", INT),
                fn("min", INT), fn("max", TEXT), fn("group_concat", TEXT), fn("group_concat", TEXT, TEXT),
                fn("length", TEXT), fn("length", BLOB), fn("lower", TEXT), fn("upper", TEXT), fn("substr", TEXT, INT),
                fn("substr", TEXT, INT, INT), fn("trim", TEXT), fn("ltrim", TEXT, TEXT), fn("rtrim", TEXT),
                fn("replace", TEXT, TEXT, TEXT), fn("instr", TEXT, TEXT), fn("ifnull", INT, INT), fn("nullif", REAL, INT),
                fn("abs", INT), fn("abs", REAL), fn("round", REAL), fn("round", REAL, INT), fn("random"),
                fn("hex", BLOB), fn("typeof", INT), fn("coalesce", TEXT, TEXT), fn("max", INT, INT),
                fn("last_insert_rowid"), fn("changes"), fn("json", TEXT), fn("json_array_length", TEXT),
                fn("quote", TEXT), fn("randomblob", INT), fn("printf", TEXT, INT), fn("format", TEXT, INT),
                fn("unicode", TEXT), fn("sign", REAL), fn("zeroblob", INT), fn("iif", INT, TEXT, TEXT),
                literal("datetime", "'now'", 1, TEXT), literal("date", "'2024-01-02'", 1, TEXT),
                literal("time", "'12:00'", 1, TEXT), literal("strftime", "'%Y', 'now'", 2, TEXT),
                literal("julianday", "'2024-01-02'", 1, TEXT), literal("unixepoch", "'2024-01-02'", 1, TEXT),
                literal("json_extract", "'{\"a\":1}', '$.a'", 2, TEXT),
                op(INT, "+", INT), op(INT, "-", REAL), op(INT, "*", INT), op(INT, "/", INT), op(REAL, "/", INT),
                op(INT, "%", INT), op(REAL, "%", INT), op(TEXT, "||", INT), op(INT, "=", INT), op(TEXT, "<", TEXT), op(INT, "&", INT),
                op(TEXT, "LIKE", TEXT), op(INT, "IS", INT));
    }

    @TestFactory
    Stream<DynamicTest> resultTypesMatchSqliteStorageClasses() {
        return probes().stream().map(p -> DynamicTest.dynamicTest(p.sql(), () -> {
            if (p.expected() instanceof SqlType.Unknown || p.sql().startsWith("json_extract(")) {
                // json_extract's storage class is the document's; the table reads it as text, which any converts to
                return;
            }
            assertEquals(storageClass(p.expected()), typeofIn(p.sql()), p.sql() + " typed as " + p.expected());
        }));
    }

    private static String storageClass(SqlType type) {
        if (type.equals(REAL)) {
            return "real";
        }
        if (type.equals(TEXT)) {
            return "text";
        }
        if (type.equals(BLOB)) {
            return "blob";
        }
        return "integer"; // int8 and bool
    }

    private static String typeofIn(String expression) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT typeof(" + expression + ") FROM v")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void documentedAggregateTypes() {
        assertEquals(INT, catalog.resolveFunction("SUM", List.of(BaseType.INT4.type())).orElseThrow().returnType());
        assertEquals(REAL, catalog.resolveFunction("sum", List.of(BaseType.NUMERIC.type())).orElseThrow().returnType());
        assertEquals(REAL, catalog.resolveFunction("avg", List.of(INT)).orElseThrow().returnType());
        FunctionMatch count = catalog.resolveFunction("count", List.of()).orElseThrow();
        assertEquals(INT, count.returnType());
        assertTrue(count.aggregate());
        assertFalse(count.strict());
    }

    @Test
    void argumentCountSelectsAggregateOrScalarMinMax() {
        assertTrue(catalog.resolveFunction("min", List.of(INT)).orElseThrow().aggregate());
        assertFalse(catalog.resolveFunction("min", List.of(INT, INT)).orElseThrow().aggregate());
        assertTrue(catalog.resolveFunction("lower", List.of(TEXT, TEXT)).isEmpty());
        assertTrue(catalog.resolveFunction("no_such", List.of()).isEmpty());
    }

    @Test
    void untypedArgumentsTakeDeclaredOrNeighbourTypes() {
        assertEquals(List.of(TEXT), catalog.resolveFunction("lower", List.of(SqlType.UNKNOWN)).orElseThrow().paramTypes());
        assertEquals(List.of(INT, INT), catalog.resolveOperator("=", INT, SqlType.UNKNOWN).orElseThrow().paramTypes());
        assertEquals(INT, catalog.resolveFunction("coalesce", List.of(SqlType.UNKNOWN, INT)).orElseThrow().returnType());
        assertTrue(catalog.resolveFunction("printf", List.of(TEXT, INT, REAL)).orElseThrow().variadic());
    }

    @Test
    void windowFunctionsAndOperators() {
        assertTrue(catalog.resolveFunction("row_number", List.of()).orElseThrow().window());
        assertEquals(TEXT, catalog.resolveFunction("lag", List.of(TEXT, INT)).orElseThrow().returnType());
        assertEquals(BOOL, catalog.resolveOperator("not like", TEXT, TEXT).orElseThrow().returnType());
        assertFalse(catalog.resolveOperator("IS NOT", INT, SqlType.UNKNOWN).orElseThrow().strict());
        assertEquals(REAL, catalog.resolveOperator("-", null, REAL).orElseThrow().returnType());
        assertTrue(catalog.resolveOperator("@@", TEXT, TEXT).isEmpty());
    }

    @Test
    void implicitCastsStayWithinAStorageClass() {
        assertTrue(catalog.canImplicitlyCast(BaseType.INT4.type(), REAL));
        assertTrue(catalog.canImplicitlyCast(BaseType.TIMESTAMP.type(), TEXT));
        assertTrue(catalog.canImplicitlyCast(SqlType.UNKNOWN, BLOB));
        assertFalse(catalog.canImplicitlyCast(BLOB, TEXT));
        assertFalse(catalog.canImplicitlyCast(TEXT, INT));
    }
}
