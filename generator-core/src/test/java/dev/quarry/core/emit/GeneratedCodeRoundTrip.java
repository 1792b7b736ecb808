package dev.quarry.core.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.testing.InMemoryJavaCompiler;
import dev.quarry.runtime.QuarryException;
import dev.quarry.runtime.TooManyRowsException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.YearToSecond;

/**
 * Emits {@link SampleProject}, compiles it in memory, and runs the generated queries class by
 * reflection on a real database: the shared body of the SQLite and PostgreSQL tests.
 */
final class GeneratedCodeRoundTrip {
    private final Engine engine;
    private final ClassLoader loader;
    private final Class<?> queriesClass;
    private final Class<?> mood;

    GeneratedCodeRoundTrip(Engine engine) throws ClassNotFoundException {
        this.engine = engine;
        this.loader = InMemoryJavaCompiler.compile(JavaEmitter.emit(SampleProject.of(engine), new Diagnostics())).orThrow();
        this.queriesClass = loader.loadClass(SampleProject.PACKAGE + ".QueriesUsersQueries");
        this.mood = loader.loadClass(SampleProject.PACKAGE + ".Mood");
    }

    Object queriesOver(Object connectionOrDataSource, Class<?> type) throws ReflectiveOperationException {
        return queriesClass.getConstructor(type).newInstance(connectionOrDataSource);
    }

    Object mood(String label) {
        return call(null, mood, "fromLiteral", label);
    }

    /** Every column with a value; the OffsetTime/OffsetDateTime use non-UTC offsets on purpose. */
    List<Object> fullRow(long id, String name) {
        List<Object> values = new ArrayList<>(Arrays.asList(
                id, name, "likes SQL", 42, (short) 7, 2.25, 1.5f, true, new BigDecimal("12.50"), new byte[] {1, 2, 3},
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), LocalDate.of(1990, 5, 17),
                LocalTime.of(7, 30, 15), OffsetTime.of(7, 30, 0, 0, ZoneOffset.ofHours(2)),
                LocalDateTime.of(2024, 1, 31, 12, 0, 0, 250_000_000),
                OffsetDateTime.of(2024, 2, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-5)),
                new YearToSecond(new org.jooq.types.YearToMonth(1, 2), new org.jooq.types.DayToSecond(3, 4, 5, 6)),
                JSONB.valueOf("{\"a\": 1}"), JSON.valueOf("{\"b\":[true,null]}"), mood("so-so")));
        if (engine == Engine.POSTGRESQL) {
            values.add(Arrays.asList("x", null, "z"));
            values.add(List.of(4, 8));
        }
        return values;
    }

    /** Only the NOT NULL columns set. */
    List<Object> sparseRow(long id, String name) {
        List<Object> values = new ArrayList<>(fullRow(id, name));
        for (int i = 0; i < values.size(); i++) {
            if (SampleProject.columns(engine).get(i).nullable()) {
                values.set(i, null);
            }
        }
        values.set(7, false);
        return values;
    }

    void insert(Object queries, List<Object> row) {
        call(queries, queriesClass, "insertUser", row.toArray());
    }

    /** Reads the user back through getUser and compares every component. */
    void assertStored(Object queries, List<Object> expected) {
        Optional<?> found = (Optional<?>) call(queries, queriesClass, "getUser", expected.get(0));
        assertTrue(found.isPresent(), "getUser found nothing");
        Object user = found.get();
        assertEquals(SampleProject.PACKAGE + ".User", user.getClass().getName());
        RecordComponent[] components = user.getClass().getRecordComponents();
        assertEquals(expected.size(), components.length);
        for (int i = 0; i < components.length; i++) {
            Object actual;
            try {
                actual = components[i].getAccessor().invoke(user);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            assertSame(components[i].getName(), expected.get(i), actual);
        }
    }

    private static void assertSame(String what, Object expected, Object actual) {
        if (expected == null) {
            assertNull(actual, what);
        } else if (expected instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) actual, what);
        } else if (expected instanceof BigDecimal d) {
            assertEquals(0, d.compareTo((BigDecimal) actual), what + ": " + actual);
        } else if (expected instanceof OffsetDateTime t) {
            // databases keep the instant, not the offset it was written with
            assertEquals(t.toInstant(), ((OffsetDateTime) actual).toInstant(), what);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    /** :one with 0, 1 and 2 rows; :many with a parameter bound twice; :execrows counts; NULL in results. */
    void exerciseQueries(Object queries) {
        insert(queries, fullRow(1, "ada"));
        insert(queries, sparseRow(2, "bob"));
        assertStored(queries, fullRow(1, "ada"));
        assertStored(queries, sparseRow(2, "bob"));
        assertEquals(Optional.empty(), call(queries, queriesClass, "getUser", 99L));
        assertEquals(Optional.of(2L), call(queries, queriesClass, "countUsers"));
        // a nullable single column: a row record, so that NULL and "no row" differ
        assertEquals("Optional[FindBioRow[bio=likes SQL]]", call(queries, queriesClass, "findBio", 1L).toString());
        assertEquals("Optional[FindBioRow[bio=null]]", call(queries, queriesClass, "findBio", 2L).toString(), "NULL bio");
        assertEquals(Optional.empty(), call(queries, queriesClass, "findBio", 99L), "no row");
        assertEquals(Optional.of(1L), call(queries, queriesClass, "findIdByActive", true));
        List<?> byName = (List<?>) call(queries, queriesClass, "listUsersByName", "likes SQL");
        assertEquals(1, byName.size());
        assertEquals("ListUsersByNameRow[id=1, name=ada, bio=likes SQL]", byName.get(0).toString());
        byName = (List<?>) call(queries, queriesClass, "listUsersByName", "bob");
        assertEquals("ListUsersByNameRow[id=2, name=bob, bio=null]", byName.get(0).toString());
        assertEquals(Arrays.asList(mood("so-so"), null), call(queries, queriesClass, "listMoods"));
        assertEquals(1L, call(queries, queriesClass, "setActiveOlderThan", true, 18));
        assertEquals(1L, call(queries, queriesClass, "setActiveOlderThan", true, null), "only bob has no age");
        assertEquals(0L, call(queries, queriesClass, "setActiveOlderThan", true, 100));
        TooManyRowsException tooMany = assertThrows(TooManyRowsException.class,
                () -> call(queries, queriesClass, "findIdByActive", true));
        assertEquals("FindIdByActive", tooMany.queryName());
        assertEquals("queries/users.sql:19", tooMany.sourceLocation());
    }

    void assertFailureNamesTheQuery(Object queries) {
        QuarryException e = assertThrows(QuarryException.class,
                () -> insert(queries, sparseRow(1, "duplicate id")));
        assertEquals("InsertUser", e.queryName());
        assertEquals("queries/users.sql:3", e.sourceLocation());
        assertInstanceOf(java.sql.SQLException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("query InsertUser (queries/users.sql:3) failed: "), e.getMessage());
    }

    static Object call(Object target, Class<?> type, String name, Object... args) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + name + "/" + args.length + " on " + type);
    }

    static void assertConnectionOpen(Connection connection) throws java.sql.SQLException {
        assertTrue(!connection.isClosed(), "the caller's connection must stay open");
    }
}
