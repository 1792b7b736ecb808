package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
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
 * between other parameters moves their positions.
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
