package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the expected code of a few PostgreSQL golden folders on the server, with data that makes
 * every column Quarry calls nullable NULL where the schema allows it, and checks values and NULLs
 * against the declared records. Fails when the server is unreachable.
 */
class PostgresGoldenExecutionTest {
    private static final String SCHEMA = "quarry_golden_exec" + "_" + ProcessHandle.current().pid();
    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = PostgresServerTypesTest.connect();
        try (Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("SET search_path TO " + SCHEMA);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        } finally {
            connection.close();
        }
    }

    private GoldenProgram program(String folderName, String queriesClass) throws Exception {
        GoldenFolder folder = GoldenFolder.named("postgresql", folderName);
        PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
        return new GoldenProgram(folder, queriesClass, connection);
    }

    /** Ada has a bio and two books, Bob neither: DESIGN.md's example, with its NULL and its zero. */
    private void insertAuthorsAndBooks() throws SQLException {
        execute(connection, "INSERT INTO authors (id, name, bio, created_at) VALUES "
                + "(1, 'Ada', 'wrote programs', '2024-01-01T00:00:00Z'), (2, 'Bob', NULL, '2024-01-02T00:00:00Z')");
        execute(connection, "INSERT INTO books (author_id, title, genre, price) VALUES "
                + "(1, 'Notes', 'non_fiction', 12.50), (1, 'Poems', 'poetry', NULL)");
    }

    @Test
    void typeOverridesConvertBothWays() throws Exception {
        GoldenProgram program = program("type-overrides-with-converters", "UsersQueries");
        var ada = new com.example.types.Email("ada@example.com");
        var dark = new com.example.types.Settings("dark", 14);
        Optional<?> created = (Optional<?>) program.call("createUser", ada, dark, null, null);
        assertEquals("Optional[User[id=1, email=Email[address=ada@example.com], preferences=Settings[theme=dark, "
                + "fontSize=14], previous=null, nickname=null]]", created.toString());
        assertEquals(1L, program.call("changeSettings", new com.example.types.Settings("light", 12), 1L));
        assertEquals("[FindByEmailRow[id=1, email=Email[address=ada@example.com], previous=Settings[theme=dark, "
                + "fontSize=14]]]", program.call("findByEmail", ada).toString());
        // a sqlc.slice compared with the overridden column binds each element through its converter
        assertEquals("[ListByEmailsRow[id=1, email=Email[address=ada@example.com]]]", program.call("listByEmails",
                List.of(new com.example.types.Email("nobody@example.com"), ada)).toString());
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT preferences ->> 'theme', email FROM users")) {
            rs.next();
            assertEquals("light", rs.getString(1));
            assertEquals("ada@example.com", rs.getString(2));
        }
    }

    @Test
    void listAuthorStats() throws Exception {
        GoldenProgram program = program("cte-list-author-stats", "AuthorsQueries");
        insertAuthorsAndBooks();
        List<?> rows = (List<?>) program.call("listAuthorStats", OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertEquals("[ListAuthorStatsRow[id=1, name=Ada, bio=wrote programs, bookCount=2], "
                + "ListAuthorStatsRow[id=2, name=Bob, bio=null, bookCount=0]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(List.of(), program.call("listAuthorStats", OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void leftJoinNullsTheRightSide() throws Exception {
        GoldenProgram program = program("select-left-join-nullable", "AuthorsQueries");
        insertAuthorsAndBooks();
        List<?> rows = (List<?>) program.call("listAuthorsWithBooks");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("ListAuthorsWithBooksRow[id=2, name=Bob, bookId=null, title=null, genre=null]", rows.get(2).toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
    }

    @Test
    void aggregatesWithoutGroupByAreNullOverNoRows() throws Exception {
        GoldenProgram program = program("expressions-aggregates-without-group-by", "OrdersQueries");
        Optional<?> empty = (Optional<?>) program.call("orderTotals");
        assertEquals("OrderTotalsRow[orders=0, withNote=0, units=null, idSum=null, meanQuantity=null, biggest=null]",
                empty.orElseThrow().toString());
        DeclaredNullability.assertEveryNullableSeenNull(List.of(empty.orElseThrow()));
        execute(connection, "INSERT INTO users (id, email) VALUES (1, 'a@example.com')");
        execute(connection, "INSERT INTO orders (user_id, quantity, total, note) VALUES (1, 3, 9.99, NULL), (1, 1, NULL, 'gift')");
        Object row = ((Optional<?>) program.call("orderTotals")).orElseThrow();
        assertEquals(List.of(), List.copyOf(DeclaredNullability.nullComponents(List.of(row))));
        assertEquals(0, new BigDecimal("9.99").compareTo((BigDecimal) component(row, "biggest")));
        assertEquals(4L, component(row, "units"));
    }

    @Test
    void everyDesignTypeReadsBackAndNullsStayNull() throws Exception {
        GoldenProgram program = program("schema-all-design-types", "EverythingQueries");
        execute(connection, "INSERT INTO everything (id, small_n, int_n) VALUES (1, 2, 3)");
        execute(connection, "INSERT INTO everything VALUES (2, 1, 2, 3, 1.5, 2.5, 3.25, 4.5, 5.75, true, 't', 'v', 'abc', 'n', '\\x0102',"
                + " '123e4567-e89b-12d3-a456-426614174000', '2024-01-31', '07:30', '07:30+02', '2024-01-31 12:00',"
                + " '2024-01-31 12:00Z', '1 day', '{\"a\":1}', '{\"b\":2}', '{x,y}', '{1,2}', 'sad', '127.0.0.1', '10.0.0.0/8',"
                + " '08:00:2b:01:02:03', '<a/>', 'fat cat', B'10101010')");
        List<?> rows = (List<?>) program.call("listEverything");
        assertEquals(2, rows.size());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(List.of(), List.copyOf(DeclaredNullability.nullComponents(List.of(rows.get(1)))));
        assertEquals(List.of("x", "y"), component(rows.get(1), "tags"));
        assertEquals(List.of(1, 2), component(rows.get(1), "scores"));
        assertEquals("SAD", component(rows.get(1), "feeling").toString().toUpperCase(java.util.Locale.ROOT));
    }

    static Object component(Object row, String name) {
        for (var component : row.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return DeclaredNullability.value(row, component);
            }
        }
        throw new AssertionError("no component " + name + " in " + row);
    }
}
