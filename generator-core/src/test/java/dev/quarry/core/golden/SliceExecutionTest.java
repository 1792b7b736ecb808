package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
import dev.quarry.runtime.QueryOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code sqlc.slice} golden folders on PostgreSQL, SQLite and MariaDB with empty, one and
 * many elements: an empty list matches nothing under IN and everything under NOT IN, and a slice
 * between other parameters moves their positions; in the batch kinds, each parameter set's lists.
 */
class SliceExecutionTest {
    private static final String NAME = "quarry_slice_exec" + "_" + ProcessHandle.current().pid();

    @Test
    void postgresql() throws Exception {
        try (Connection connection = PostgresServerTypesTest.connect()) {
            execute(connection, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
            execute(connection, "CREATE SCHEMA " + NAME);
            execute(connection, "SET search_path TO " + NAME);
            try {
                GoldenFolder folder = GoldenFolder.named("postgresql", "params-sqlc-slice");
                PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
                execute(connection, "INSERT INTO authors (name) VALUES ('a'), ('b')");
                execute(connection, "INSERT INTO books (author_id, title, genre) VALUES (1, 't1', 'fiction'),"
                        + " (1, 't2', 'poetry'), (1, 't3', 'non_fiction'), (2, 't4', 'poetry')");
                GoldenProgram program = new GoldenProgram(folder, "BooksQueries", connection);
                assertCommonBehaviour(program);
                Class<?> genre = program.type("BookGenre");
                Object poetry = enumConstant(genre, "POETRY");
                Object fiction = enumConstant(genre, "FICTION");
                assertEquals("[]", program.call("booksOfAuthorInGenres", 1L, List.of(), "t1").toString());
                assertEquals("[2]", program.call("booksOfAuthorInGenres", 1L, List.of(poetry), "t1").toString());
                assertEquals("[2]", program.call("booksOfAuthorInGenres", 1L, List.of(poetry, fiction), "t1").toString());
                assertEquals("Optional[0]", program.call("countTitles", List.of(), List.of()).toString());
                assertEquals("Optional[3]", program.call("countTitles", List.of("t1", "t2"), List.of(2L, 4L)).toString());
                try (Stream<?> rows = (Stream<?>) program.call("streamBooksByIds", List.of(3L, 4L))) {
                    assertEquals("3,4", rows.map(r -> r.toString().replaceAll(".*id=(\\d+).*", "$1"))
                            .collect(Collectors.joining(",")));
                }
                assertEquals(0L, program.call("deleteBooks", List.of()));
                assertEquals(2L, program.call("deleteBooks", List.of(1L, 2L, 99L)));
            } finally {
                execute(connection, "DROP SCHEMA " + NAME + " CASCADE");
            }
        }
    }

    @Test
    void sqlite() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            GoldenFolder folder = GoldenFolder.named("sqlite", "sqlite-params-sqlc-slice");
            for (SourceFile file : SourceDiscovery.discover(folder.configOrThrow().schema(), folder.configOrThrow().baseDir())) {
                execute(connection, file.text());
            }
            runPortable(connection, folder);
        }
    }

    @Test
    void mysql() throws Exception {
        GoldenFolder folder = GoldenFolder.named("mysql", "mysql-params-sqlc-slice");
        try (Connection connection = MysqlServerTypesTest.freshDatabase(NAME, folder.configOrThrow())) {
            runPortable(connection, folder);
        } finally {
            MysqlServerTypesTest.dropDatabase(NAME);
        }
    }

    @Test
    void batchKindsOnPostgresql() throws Exception {
        try (Connection connection = PostgresServerTypesTest.connect()) {
            execute(connection, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
            execute(connection, "CREATE SCHEMA " + NAME);
            execute(connection, "SET search_path TO " + NAME);
            try {
                GoldenFolder folder = GoldenFolder.named("postgresql", "kinds-batch-sqlc-slice");
                PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
                assertBatchKinds(connection, new GoldenProgram(folder, "BooksQueries", connection));
            } finally {
                execute(connection, "DROP SCHEMA " + NAME + " CASCADE");
            }
        }
    }

    @Test
    void batchKindsOnSqlite() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            GoldenFolder folder = GoldenFolder.named("sqlite", "sqlite-kinds-batch-sqlc-slice");
            for (SourceFile file : SourceDiscovery.discover(folder.configOrThrow().schema(), folder.configOrThrow().baseDir())) {
                execute(connection, file.text());
            }
            GoldenProgram program = new GoldenProgram(folder, "BooksQueries", connection);
            assertBatchKinds(connection, program);
            // lists of lengths 2, 2, 1, 0, 2: four SQL texts, so four statements, each closed
            CountingJdbc jdbc = new CountingJdbc();
            Object queries = new GeneratedQueries(program, "BooksQueries").over(jdbc.dataSource(() -> connection, false));
            GeneratedQueries.call(queries, "archiveBooks", List.of(archive(program, 1, 1, 2), archive(program, 1, 3, 4),
                    archive(program, 2, 5), archive(program, 2), archive(program, 3, 6, 6)));
            assertEquals(4, jdbc.opened("Statement"));
            assertEquals(4, jdbc.closed("Statement"));
        }
    }

    /**
     * Books 1-3 by author 1, 4-5 by author 2, 6 by author 3; each parameter set's lists expand on
     * their own, empty ones too, whatever the batch size.
     */
    private static void assertBatchKinds(Connection connection, GoldenProgram program) throws SQLException {
        execute(connection, "INSERT INTO books (id, author_id, title) VALUES (1, 1, 't1'), (2, 1, 't2'), (3, 1, 't3'),"
                + " (4, 2, 't4'), (5, 2, 't5'), (6, 3, 't6')");
        program.switchTo("withOptions", QueryOptions.DEFAULTS.withBatchSize(2));
        program.call("archiveBooks", List.of(archive(program, 1, 1, 2), archive(program, 1, 3, 4),
                archive(program, 2, 5), archive(program, 2), archive(program, 3, 6, 6)));
        assertEquals("[1, 2, 3, 5, 6]", column(connection, "SELECT id FROM books WHERE archived ORDER BY id"));
        assertEquals("[Optional[2], Optional[0], Optional[0], Optional[3]]", program.call("countBooks", List.of(
                program.record("CountBooksParams", List.of(1L, 2L, 3L), "t1"), program.record("CountBooksParams", List.of(), "x"),
                program.record("CountBooksParams", List.of(4L), "t4"),
                program.record("CountBooksParams", List.of(4L, 5L, 6L), "x"))).toString());
        assertEquals("[[t1, t6], [], [t4, t5], [t1, t2, t3]]", program.call("titlesOf", List.of(
                program.record("TitlesOfParams", List.of(1L), List.of(3L)), program.record("TitlesOfParams", List.of(), List.of()),
                program.record("TitlesOfParams", List.of(), List.of(2L)),
                program.record("TitlesOfParams", List.of(2L, 3L), List.of(1L)))).toString());
        program.call("deleteBooks", List.of(List.of(1L), List.of(2L, 3L), List.of(), List.of(99L), List.of(4L)));
        assertEquals("[5, 6]", column(connection, "SELECT id FROM books ORDER BY id"));
    }

    private static Object archive(GoldenProgram program, long authorId, long... ids) {
        return program.record("ArchiveBooksParams", authorId, java.util.Arrays.stream(ids).boxed().toList());
    }

    private static String column(Connection connection, String sql) throws SQLException {
        List<Object> values = new java.util.ArrayList<>();
        try (Statement st = connection.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
        }
        return values.toString();
    }

    private static void runPortable(Connection connection, GoldenFolder folder) throws Exception {
        execute(connection, "INSERT INTO books (id, author_id, title) VALUES (1, 1, 't1'), (2, 1, 't2'), (3, 1, 't3'),"
                + " (4, 2, 't4')");
        GoldenProgram program = new GoldenProgram(folder, "BooksQueries", connection);
        assertCommonBehaviour(program);
        assertEquals("[]", program.call("booksOfAuthorWithTitles", 1L, List.of(), 0L).toString());
        assertEquals("[2, 3]", program.call("booksOfAuthorWithTitles", 1L, List.of("t1", "t2", "t3", "t4"), 1L).toString());
        assertEquals("[]", program.call("booksOfAuthorWithTitles", 2L, List.of("t1"), 0L).toString());
        assertEquals(0L, program.call("deleteBooks", List.of()));
        assertEquals(2L, program.call("deleteBooks", List.of(1L, 2L, 99L)));
    }

    /** BooksByIds / BooksNotByIds with 0, 1 and many elements; ids 1..4 exist. */
    private static void assertCommonBehaviour(GoldenProgram program) {
        assertEquals("[]", ids(program.call("booksByIds", List.of())));
        assertEquals("[3]", ids(program.call("booksByIds", List.of(3L))));
        assertEquals("[1, 2, 4]", ids(program.call("booksByIds", List.of(4L, 2L, 1L, 99L))));
        assertEquals("[1, 2, 3, 4]", ids(program.call("booksNotByIds", List.of())));
        assertEquals("[1, 2, 4]", ids(program.call("booksNotByIds", List.of(3L))));
        assertEquals("[3]", ids(program.call("booksNotByIds", List.of(4L, 2L, 1L))));
    }

    private static String ids(Object rows) {
        return ((List<?>) rows).stream().map(r -> r.toString().replaceAll(".*id=(\\d+).*", "$1")).toList().toString();
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError(name);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        for (String statement : sql.split(";")) {
            if (!statement.isBlank()) {
                try (Statement st = connection.createStatement()) {
                    st.execute(statement);
                }
            }
        }
    }
}
