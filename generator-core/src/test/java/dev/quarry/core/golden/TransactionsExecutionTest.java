package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static dev.quarry.core.golden.GeneratedQueries.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.QuarryException;
import dev.quarry.runtime.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generated queries inside transactions on PostgreSQL: Quarry's {@link Transactions} (commit,
 * rollback, nested blocks joining the outer transaction), a jOOQ transaction, and a Spring-managed
 * one (spring-jdbc is a test dependency only).
 */
class TransactionsExecutionTest {
    private static final String SCHEMA = "quarry_tx_exec" + "_" + ProcessHandle.current().pid();
    private static GeneratedQueries authors;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void createSchema() throws Exception {
        try (Connection connection = PostgresServerTypesTest.connect()) {
            execute(connection, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            execute(connection, "CREATE SCHEMA " + SCHEMA);
            execute(connection, "SET search_path TO " + SCHEMA);
            GoldenFolder folder = GoldenFolder.named("postgresql", "runtime-every-kind");
            PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
            authors = new GeneratedQueries(new GoldenProgram(folder, "AuthorsQueries", connection), "AuthorsQueries");
        }
        dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "TRUNCATE authors");
        }
    }

    private static List<?> names() {
        return ((List<?>) call(authors.over(dataSource), "listAuthors")).stream()
                .map(a -> a.toString().replaceAll(".*name=([^,]*),.*", "$1")).toList();
    }

    @Test
    void commitsWhenTheBlockReturns() {
        long id = Transactions.call(dataSource, connection -> {
            Object queries = authors.over(connection);
            long created = (long) call(queries, "createAuthor", "ada", null);
            call(queries, "setBio", created, "first");
            return created;
        });
        assertTrue(id > 0);
        assertEquals(List.of("ada"), names());
    }

    @Test
    void rollsBackWhenTheBlockThrowsAndRethrowsUnchanged() {
        IllegalStateException thrown = new IllegalStateException("no");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> Transactions.run(dataSource,
                connection -> {
                    call(authors.over(connection), "createAuthor", "ada", null);
                    throw thrown;
                }));
        assertSame(thrown, caught);
        // a failing query rolls back the work before it, too
        assertThrows(QuarryException.class, () -> Transactions.run(dataSource, connection -> {
            Object queries = authors.over(connection);
            call(queries, "createAuthor", "bob", null);
            call(queries, "createAuthor", "bob", null); // unique violation
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void nestedBlocksJoinTheOuterTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThrows(IllegalStateException.class, () -> Transactions.run(connection, outer -> {
                call(authors.over(outer), "createAuthor", "outer", null);
                Transactions.run(outer, inner -> call(authors.over(inner), "createAuthor", "inner", null));
                Transactions.run(outer, inner -> {
                    throw new IllegalStateException("inner fails");
                });
            }));
            assertEquals(List.of(), names());
            assertTrue(connection.getAutoCommit(), "autocommit is restored on the caller's connection");
            Transactions.run(connection, outer -> {
                call(authors.over(outer), "createAuthor", "outer", null);
                Transactions.run(outer, inner -> call(authors.over(inner), "createAuthor", "inner", null));
                assertEquals(List.of(), names(), "nothing is committed before the outermost block ends");
            });
            assertEquals(List.of("outer", "inner"), names());
        }
    }

    @Test
    void insideAJooqTransaction() {
        DSL.using(dataSource, SQLDialect.POSTGRES).transaction(configuration -> configuration.dsl().connection(
                connection -> call(authors.over(connection), "createAuthor", "jooq", null)));
        assertThrows(QuarryException.class, () -> DSL.using(dataSource, SQLDialect.POSTGRES).transaction(
                configuration -> configuration.dsl().connection(connection -> {
                    call(authors.over(connection), "createAuthor", "rolled back", null);
                    call(authors.over(connection), "createAuthor", "jooq", null); // unique violation
                })));
        assertEquals(List.of("jooq"), names());
    }

    @Test
    void insideASpringManagedTransaction() {
        DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
        TransactionTemplate template = new TransactionTemplate(manager);
        // queries over a TransactionAwareDataSourceProxy take the transaction's connection on every call
        DataSource aware = new TransactionAwareDataSourceProxy(dataSource);
        template.executeWithoutResult(status -> {
            call(authors.over(aware), "createAuthor", "spring", null);
            call(authors.over(DataSourceUtils.getConnection(dataSource)), "createAuthor", "spring 2", null);
        });
        template.executeWithoutResult(status -> {
            call(authors.over(aware), "createAuthor", "rolled back", null);
            status.setRollbackOnly();
        });
        assertThrows(QuarryException.class, () -> template.executeWithoutResult(status -> {
            call(authors.over(aware), "createAuthor", "rolled back too", null);
            call(authors.over(aware), "createAuthor", "spring", null); // unique violation
        }));
        assertEquals(List.of("spring", "spring 2"), names());
    }
}
