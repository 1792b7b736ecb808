package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static dev.quarry.core.golden.JdbcStatements.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.QueryOptions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the expected code of the PostgreSQL golden folders of :execresult, :execlastid, the batch kinds and :copyfrom. */
class PostgresKindsExecutionTest {
    private static final String SCHEMA = "quarry_kinds_exec" + "_" + ProcessHandle.current().pid();
    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = PostgresServerTypesTest.connect();
        execute(connection, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        execute(connection, "CREATE SCHEMA " + SCHEMA);
        execute(connection, "SET search_path TO " + SCHEMA);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try {
            execute(connection, "DROP SCHEMA " + SCHEMA + " CASCADE");
        } finally {
            connection.close();
        }
    }

    private GoldenProgram program(String folderName, String queriesClass) throws Exception {
        GoldenFolder folder = GoldenFolder.named("postgresql", folderName);
        PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
        return new GoldenProgram(folder, queriesClass, connection);
    }

    /** The rows as text; cast columns to text, since binary transfer makes getString of arrays and bytea unreliable. */
    private List<String> utcRows(String sql) throws SQLException {
        execute(connection, "SET TIME ZONE 'UTC'");
        return rows(connection, sql);
    }

    /** No row, a row whose value is NULL, and a row with a value: three different results. */
    @Test
    void oneWithANullableColumnTellsNoRowFromNull() throws Exception {
        GoldenProgram program = program("kinds-one-nullable-single-column", "AuthorsQueries");
        execute(connection, "INSERT INTO authors (id, name, bio) VALUES (1, 'Ada', 'wrote programs'), (2, 'Bob', NULL)");
        Object written = program.record("FindBioRow", "wrote programs");
        Object nullBio = program.record("FindBioRow", (Object) null);
        assertEquals(Optional.of(written), program.call("findBio", 1L));
        assertEquals(Optional.of(nullBio), program.call("findBio", 2L));
        assertEquals(Optional.empty(), program.call("findBio", 3L));
        assertEquals("FindBioRow[bio=null]", ((Optional<?>) program.call("findBio", 2L)).orElseThrow().toString());
        assertEquals(Optional.of("Bob"), program.call("findName", 2L));
        assertEquals(Optional.empty(), program.call("findName", 3L));
        assertEquals("[Optional[FindBiosRow[bio=wrote programs]], Optional[FindBiosRow[bio=null]], Optional.empty]",
                program.call("findBios", List.of(1L, 2L, 3L)).toString());
        assertEquals(Arrays.asList("wrote programs", null), program.call("listBios"));
    }

    /** Any Iterable, read once and as the batches go: a lazily made one, a Set, a Stream's iterator. */
    @Test
    void batchMethodsTakeAnyIterableAndReadItAsTheyGo() throws Exception {
        GoldenProgram program = program("kinds-batchexec-batchone-batchmany", "AuthorsQueries");
        program.switchTo("withOptions", QueryOptions.DEFAULTS.withBatchSize(100));
        LazyParams sets = new LazyParams(250, i -> program.record("CreateAuthorsParams", "a" + i, null), 100,
                () -> rows(connection, "SELECT count(*) FROM authors"));
        program.call("createAuthors", sets);
        assertEquals(List.of("100"), sets.probed(), "the first batch ran before the 101st set was made");
        assertEquals(1, sets.iterators());
        assertEquals(List.of("250"), rows(connection, "SELECT count(*) FROM authors"));
        Iterable<Object> fromStream = Stream.of("x", "y").map(n -> program.record("CreateAuthorsParams", n, "b"))::iterator;
        program.call("createAuthors", fromStream);
        Set<Object> returning = new LinkedHashSet<>(List.of(program.record("CreateAuthorsReturningParams", "p", null),
                program.record("CreateAuthorsReturningParams", "q", null)));
        assertEquals("[Optional[CreateAuthorsReturningRow[id=253, name=p]], Optional[CreateAuthorsReturningRow[id=254, name=q]]]",
                program.call("createAuthorsReturning", returning).toString());
        assertEquals("[[], []]", program.call("booksOfAuthors", (Iterable<Long>) Stream.of(1L, 2L)::iterator).toString());

        GoldenProgram copy = program("kinds-copyfrom", "EventsQueries");
        // no probe: the connection is busy with the COPY until it ends
        LazyParams names = new LazyParams(20_000, i -> "name " + i, -1, () -> null);
        assertEquals(20_000L, copy.call("copyNames", names));
        assertEquals(1, names.iterators());
        assertEquals(List.of("20000"), rows(connection, "SELECT count(*) FROM names"));
    }

    @Test
    void execLastIdAndExecResultReturnTypedKeys() throws Exception {
        GoldenProgram program = program("kinds-execresult-execlastid", "AuthorsQueries");
        assertEquals(1L, program.call("createAuthor", "Ada", null));
        assertEquals(2L, program.call("createAuthor", "Bob", "bio"));
        assertEquals(1, program.call("createTag", "sql"));
        assertEquals(2, program.call("createTag", "java"));
        Object result = program.call("createTwoAuthors", "Cy", "Di");
        assertEquals("ExecResult[rowCount=2, generatedKeys=[3, 4]]", result.toString());
        assertEquals("ExecResult[rowCount=1, generatedKeys=[]]", program.call("renameAuthor", "Ada L.", 1L).toString());
        assertEquals("ExecResult[rowCount=1, generatedKeys=[]]", program.call("addNote", 1L, "first").toString());
        assertEquals(List.of("1|Ada L.|null", "2|Bob|bio", "3|Cy|null", "4|Di|null"),
                rows(connection, "SELECT id, name, bio FROM authors ORDER BY id"));
    }

    @Test
    void batchKindsRunEveryParameterSetInBoundedBatches() throws Exception {
        GoldenProgram program = program("kinds-batchexec-batchone-batchmany", "AuthorsQueries");
        // batches of 3: 10 sets are 4 executeBatch calls on one statement
        program.switchTo("withOptions", dev.quarry.runtime.QueryOptions.DEFAULTS.withBatchSize(3));
        List<Object> sets = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sets.add(program.record("CreateAuthorsParams", "a" + i, i % 2 == 0 ? null : "odd"));
        }
        program.call("createAuthors", sets);
        assertEquals(List.of("10|5"), rows(connection, "SELECT count(*), count(bio) FROM authors"));
        program.call("deleteAuthors", List.of(1L, 2L, 99L));
        assertEquals(List.of("8"), rows(connection, "SELECT count(*) FROM authors"));
        List<?> created = (List<?>) program.call("createAuthorsReturning",
                List.of(program.record("CreateAuthorsReturningParams", "x", null),
                        program.record("CreateAuthorsReturningParams", "y", "b")));
        assertEquals("[Optional[CreateAuthorsReturningRow[id=11, name=x]], Optional[CreateAuthorsReturningRow[id=12, name=y]]]",
                created.toString());
        execute(connection, "INSERT INTO books (author_id, title) VALUES (3, 'one'), (3, 'two'), (4, 'three')");
        assertEquals("[[BooksOfAuthorsRow[id=1, title=one], BooksOfAuthorsRow[id=2, title=two]], [], "
                        + "[BooksOfAuthorsRow[id=3, title=three]]]",
                program.call("booksOfAuthors", List.of(3L, 99L, 4L)).toString());
        program.call("createAuthors", List.of());
        assertEquals(List.of(), program.call("booksOfAuthors", List.of()));
    }

    @Test
    void copyFromEncodesNullsTabsNewlinesBackslashesArraysAndTimes() throws Exception {
        GoldenProgram program = program("kinds-copyfrom", "EventsQueries");
        Object sad = program.type("Mood").getEnumConstants()[1];
        String tricky = "tab\there, newline\nthere, cr\r, back\\slash, \\N literal, quote \" ' {brace}, é";
        Object full = program.record("CopyEventsParams", tricky, "note", OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0,
                        ZoneOffset.ofHours(2)), LocalDateTime.of(1999, 12, 31, 23, 59, 59, 123_456_000),
                Arrays.asList("a,b", null, "NULL", "x\"y\\z", "", "{}", "tab\t"), Arrays.asList(1, null, -3),
                new byte[] {0, 1, (byte) 0xff, '\\', '\n'}, sad, new BigDecimal("12345678901234567890.000001"));
        Object empty = program.record("CopyEventsParams", "", null, OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0,
                ZoneOffset.UTC), null, null, null, null, null, null);
        assertEquals(2L, program.call("copyEvents", List.of(full, empty)));
        assertEquals(List.of(
                tricky + "|note|2024-01-31 10:00:00+00|1999-12-31 23:59:59.123456|{\"a,b\",NULL,\"NULL\",\"x\\\"y\\\\z\",\"\",\"{}\",\"tab\t\"}"
                        + "|{1,NULL,-3}|\\x0001ff5c0a|sad|12345678901234567890.000001",
                "|null|1970-01-01 00:00:00+00|null|null|null|null|null|null"),
                utcRows("SELECT title, note, happened_at::text, local_at::text, tags::text, scores::text, payload::text,"
                        + " feeling::text, amount::text"
                        + " FROM events ORDER BY id"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add("name " + i);
        }
        assertEquals(100_000L, program.call("copyNames", many));
        assertEquals(List.of("100000"), rows(connection, "SELECT count(DISTINCT name) FROM names"));
        assertTrue(connection.getAutoCommit());
    }
}
