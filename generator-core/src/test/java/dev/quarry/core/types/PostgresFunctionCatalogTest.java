package dev.quarry.core.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the analyzer relies on beyond result types; needs no server. */
class PostgresFunctionCatalogTest {
    private static final SqlType INT2 = BaseType.INT2.type();
    private static final SqlType INT4 = BaseType.INT4.type();
    private static final SqlType INT8 = BaseType.INT8.type();
    private static final SqlType TEXT = BaseType.TEXT.type();
    private static final SqlType VARCHAR = BaseType.VARCHAR.type();
    private static final SqlType JSONB = BaseType.JSONB.type();
    private static final SqlType.Enum MOOD = new SqlType.Enum("public", "mood", List.of("sad", "happy"));

    private final FunctionCatalog catalog = FunctionCatalog.forEngine(Engine.POSTGRESQL);

    private FunctionMatch fn(String name, SqlType... args) {
        return catalog.resolveFunction(name, List.of(args)).orElseThrow(() -> new AssertionError(name + " not found"));
    }

    @Test
    void forEngineGivesTheEngineCatalogOnce() {
        assertInstanceOf(PostgresFunctionCatalog.class, catalog);
        assertTrue(catalog == FunctionCatalog.forEngine(Engine.POSTGRESQL));
        assertInstanceOf(SqliteFunctionCatalog.class, FunctionCatalog.forEngine(Engine.SQLITE));
    }

    @Test
    void namesAreCaseInsensitive() {
        assertEquals(fn("lower", TEXT), fn("LoWeR", TEXT));
        assertEquals("lower", fn("LOWER", VARCHAR).name());
    }

    @Test
    void flagsComeFromTheCatalog() {
        FunctionMatch sum = fn("sum", INT4);
        assertTrue(sum.aggregate());
        assertFalse(sum.strict());
        FunctionMatch rowNumber = fn("row_number");
        assertTrue(rowNumber.window());
        assertEquals(INT8, rowNumber.returnType());
        FunctionMatch unnest = fn("unnest", new SqlType.Array(TEXT));
        assertTrue(unnest.returnsSet());
        assertEquals(TEXT, unnest.returnType());
        assertTrue(fn("lower", TEXT).strict());
        assertFalse(fn("count").strict());
    }

    @Test
    void variadicArgumentsAreExpanded() {
        FunctionMatch m = fn("jsonb_build_object", TEXT, INT4, TEXT, BaseType.BOOL.type());
        assertTrue(m.variadic());
        assertEquals(List.of(TEXT, INT4, TEXT, BaseType.BOOL.type()), m.paramTypes());
        FunctionMatch path = fn("jsonb_extract_path_text", JSONB, SqlType.UNKNOWN, SqlType.UNKNOWN);
        assertEquals(List.of(JSONB, TEXT, TEXT), path.paramTypes());
        assertFalse(fn("lower", TEXT).variadic());
    }

    @Test
    void defaultedParametersMayBeLeftOut() {
        FunctionMatch m = fn("jsonb_set", JSONB, new SqlType.Array(TEXT), JSONB);
        assertEquals(JSONB, m.returnType());
        assertEquals(3, m.paramTypes().size());
    }

    @Test
    void untypedArgumentsTakeTheResolvedParameterType() {
        assertEquals(List.of(new SqlType.Array(INT4), INT4),
                fn("array_append", new SqlType.Array(INT4), SqlType.UNKNOWN).paramTypes());
        assertEquals(List.of(INT4, INT4), catalog.resolveOperator("=", INT4, SqlType.UNKNOWN).orElseThrow().paramTypes());
        assertEquals(List.of(TEXT), fn("upper", SqlType.UNKNOWN).paramTypes());
        assertEquals(SqlType.Scalar.other("regclass"), fn("nextval", SqlType.UNKNOWN).paramTypes().get(0));
    }

    @Test
    void enumsBehaveAsAnyenum() {
        assertEquals(MOOD, fn("max", MOOD).returnType());
        assertEquals(new SqlType.Array(MOOD), fn("array_agg", MOOD).returnType());
        FunctionMatch eq = catalog.resolveOperator("=", MOOD, SqlType.UNKNOWN).orElseThrow();
        assertEquals(List.of(MOOD, MOOD), eq.paramTypes());
        SqlType.Enum other = new SqlType.Enum("public", "color", List.of("red"));
        assertTrue(catalog.resolveOperator("=", MOOD, other).isEmpty());
        assertTrue(catalog.canImplicitlyCast(MOOD, SqlType.Scalar.other("anyenum")));
        assertFalse(catalog.canImplicitlyCast(INT4, SqlType.Scalar.other("anyenum")));
        assertFalse(catalog.canImplicitlyCast(MOOD, TEXT));
    }

    @Test
    void keywordOperatorsAreAliases() {
        assertEquals("~~", catalog.resolveOperator("LIKE", TEXT, TEXT).orElseThrow().name());
        assertEquals("!~~*", catalog.resolveOperator("not  ilike", VARCHAR, SqlType.UNKNOWN).orElseThrow().name());
        assertEquals("<>", catalog.resolveOperator("!=", INT4, INT8).orElseThrow().name());
        assertTrue(catalog.resolveOperator("AND", BaseType.BOOL.type(), BaseType.BOOL.type()).isEmpty());
    }

    @Test
    void implicitCastsFollowPgCast() {
        assertTrue(catalog.canImplicitlyCast(INT4, INT8));
        assertFalse(catalog.canImplicitlyCast(INT8, INT4));
        assertTrue(catalog.canImplicitlyCast(VARCHAR, TEXT));
        assertTrue(catalog.canImplicitlyCast(TEXT, VARCHAR));
        assertFalse(catalog.canImplicitlyCast(TEXT, INT4));
        assertFalse(catalog.canImplicitlyCast(INT4, TEXT));
        assertTrue(catalog.canImplicitlyCast(SqlType.UNKNOWN, BaseType.UUID.type()));
        assertTrue(catalog.canImplicitlyCast(new SqlType.Array(INT2), new SqlType.Array(INT8)));
        assertFalse(catalog.canImplicitlyCast(new SqlType.Array(INT8), new SqlType.Array(INT2)));
        assertTrue(catalog.canImplicitlyCast(BaseType.DATE.type(), BaseType.TIMESTAMPTZ.type()));
    }

    @Test
    void nestedArraysAndOtherScalarsAreCanonical() {
        SqlType nested = new SqlType.Array(new SqlType.Array(INT4));
        assertEquals(INT4, fn("unnest", nested).returnType());
        assertEquals(INT8, fn("sum", SqlType.Scalar.other("INT4")).returnType());
        assertEquals(TEXT, fn("host", SqlType.Scalar.other("inet")).returnType());
    }

    @Test
    void unknownNamesAndAmbiguousCallsGiveNothing() {
        assertTrue(catalog.resolveFunction("no_such_function", List.of(TEXT)).isEmpty());
        assertTrue(catalog.resolveFunction("sum", List.of(SqlType.UNKNOWN)).isEmpty());
        assertTrue(catalog.resolveFunction("lower", List.of(TEXT, TEXT)).isEmpty());
        assertTrue(catalog.resolveOperator("-", null, SqlType.UNKNOWN).isEmpty());
    }

    @Test
    void signatureFileIsSortedSmallAndSaysHowToRegenerate() throws IOException {
        byte[] bytes;
        try (InputStream in = PgCatalogData.class.getResourceAsStream(PgCatalogData.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        assertTrue(bytes.length < 400_000, "size " + bytes.length);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("#") && l.contains("scripts/generate-pg-signatures.sh")));
        List<String> body = lines.stream().filter(l -> !l.startsWith("#")).toList();
        List<String> sorted = new ArrayList<>(body);
        sorted.sort(null);
        assertEquals(sorted, body, "lines are in C-locale order, so regeneration diffs cleanly");
        Set<String> distinct = new HashSet<>(body);
        assertEquals(body.size(), distinct.size());
        assertTrue(body.size() > 2000, "lines " + body.size());
    }
}
