package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static dev.quarry.core.golden.GeneratedQueries.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generated method binds the same types on every call (also when a nullable value is null), so
 * PgJDBC switches to one server-side prepared statement after {@code prepareThreshold} (5) uses
 * and keeps reusing it: {@code pg_prepared_statements} of the connection shows exactly one per
 * query (per list length for a slice).
 */
class PreparedStatementReuseTest {
    private static final String SCHEMA = "quarry_prepared" + "_" + ProcessHandle.current().pid();
    private Connection connection;
    private Object queries;

    @BeforeEach
    void connect() throws Exception {
        // PgJDBC's defaults: prepareThreshold 5, a statement cache per connection
        connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        execute(connection, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        execute(connection, "CREATE SCHEMA " + SCHEMA);
        execute(connection, "SET search_path TO " + SCHEMA);
        GoldenFolder folder = GoldenFolder.named("postgresql", "runtime-every-kind");
        PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
        queries = new GeneratedQueries(new GoldenProgram(folder, "AuthorsQueries", connection), "AuthorsQueries")
                .over(connection);
    }

    @AfterEach
    void drop() throws SQLException {
        try {
            execute(connection, "DROP SCHEMA " + SCHEMA + " CASCADE");
        } finally {
            connection.close();
        }
    }

    @Test
    void eachMethodUsesOneServerSidePreparedStatement() throws SQLException {
        long id = (long) call(queries, "createAuthor", "ada", null);
        for (int i = 0; i < 2; i++) {
            call(queries, "getAuthor", id);
        }
        assertEquals(List.of(), prepared("GetAuthor"), "not yet server-prepared below the threshold");
        for (int i = 0; i < 20; i++) {
            call(queries, "getAuthor", id + i);
            call(queries, "setBio", id, i % 2 == 0 ? null : "bio " + i);
            call(queries, "authorsByIds", List.of(id, id + i));
        }
        assertEquals(1, prepared("GetAuthor").size(), "one statement for all calls: " + prepared("GetAuthor"));
        assertEquals(1, prepared("SetBio").size(), "null and non-null bind the same type: " + prepared("SetBio"));
        assertEquals(1, prepared("AuthorsByIds").size(), "one per list length: " + prepared("AuthorsByIds"));
        for (int i = 0; i < 6; i++) {
            call(queries, "authorsByIds", List.of(id, id + 1, id + 2));
        }
        assertEquals(2, prepared("AuthorsByIds").size(), "a new length is a new SQL text: " + prepared("AuthorsByIds"));
    }

    /** The statements prepared on this session (PgJDBC's named ones) whose SQL has the query's {@code -- name:} line. */
    private List<String> prepared(String queryName) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT name, parameter_types::text FROM pg_prepared_statements"
                        + " WHERE statement LIKE '-- name: " + queryName + " %' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return names;
    }
}
