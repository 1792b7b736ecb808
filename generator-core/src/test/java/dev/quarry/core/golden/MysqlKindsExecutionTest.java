package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static dev.quarry.core.golden.JdbcStatements.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.types.UInteger;
import org.jooq.types.ULong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the expected code of the MySQL/MariaDB golden folders of :execlastid, :execresult and
 * MariaDB's RETURNING on the MariaDB server at 127.0.0.1:3306, in a fresh database, and checks
 * every key and row against what a SELECT reads back. Fails when the server is unreachable.
 */
class MysqlKindsExecutionTest {
    private static final String DATABASE = "quarry_kinds_exec" + "_" + ProcessHandle.current().pid();
    private Connection connection;

    @AfterEach
    void dropDatabase() throws SQLException {
        try {
            if (connection != null) {
                connection.close();
            }
        } finally {
            MysqlServerTypesTest.dropDatabase(DATABASE);
        }
    }

    private GoldenProgram program(String folderName, String queriesClass) throws Exception {
        GoldenFolder folder = GoldenFolder.named("mysql", folderName);
        connection = MysqlServerTypesTest.freshDatabase(DATABASE, folder.configOrThrow());
        return new GoldenProgram(folder, queriesClass, connection);
    }

    @Test
    void execLastIdReturnsTheAutoIncrementKeyTypedAsItsColumn() throws Exception {
        GoldenProgram program = program("mysql-kinds-execlastid-execresult", "AuthorsQueries");
        assertEquals(ULong.valueOf(1), program.call("createAuthor", "Ada", null));
        assertEquals(ULong.valueOf(2), program.call("createAuthor", "Bob", "bio"));
        assertEquals(List.of("1|Ada", "2|Bob"), rows(connection, "SELECT id, name FROM authors ORDER BY id"));
        assertEquals(1, program.call("createTag", "sql"));
        assertEquals(2, program.call("createTag", "java"));
        assertEquals(List.of("1|sql", "2|java"), rows(connection, "SELECT id, label FROM tags ORDER BY id"));
        // the key is the AUTO_INCREMENT column, here not the primary key
        UInteger seq = (UInteger) program.call("createEvent", "launch");
        assertEquals(UInteger.valueOf(1), seq);
        assertEquals(Optional.of(seq), program.call("getEventSeq", "launch"));
    }

    @Test
    void bigintUnsignedKeysAboveTheSignedMaximumSurviveTheDriver() throws Exception {
        GoldenProgram program = program("mysql-kinds-execlastid-execresult", "AuthorsQueries");
        // InnoDB's last key is one below the type's maximum
        execute(connection, "ALTER TABLE authors AUTO_INCREMENT = 18446744073709551613");
        ULong first = (ULong) program.call("createAuthor", "Big", null);
        ULong last = (ULong) program.call("createAuthor", "Last", null);
        assertEquals(ULong.valueOf("18446744073709551613"), first);
        assertEquals(ULong.valueOf("18446744073709551614"), last);
        assertEquals(List.of("18446744073709551613|Big", "18446744073709551614|Last"),
                rows(connection, "SELECT id, name FROM authors ORDER BY id"));
        assertEquals("Optional[GetAuthorRow[id=18446744073709551614, name=Last]]",
                program.call("getAuthor", last).toString());
        // the column is exhausted: the server refuses the next key, and the method says so
        AssertionError refused = assertThrows(AssertionError.class, () -> program.call("createAuthor", "Over", null));
        assertTrue(refused.getCause().getMessage().contains("auto-increment"), refused.getCause().getMessage());
    }

    @Test
    void execResultCountsRowsAndReportsTheKeysTheDriverGives() throws Exception {
        GoldenProgram program = program("mysql-kinds-execlastid-execresult", "AuthorsQueries");
        // MariaDB Connector/J reports one key for a multi-row INSERT: the first row's
        assertEquals("ExecResult[rowCount=2, generatedKeys=[1]]", program.call("createTwoAuthors", "Cy", "Di").toString());
        assertEquals(List.of("1|Cy", "2|Di"), rows(connection, "SELECT id, name FROM authors ORDER BY id"));
        assertEquals("ExecResult[rowCount=2, generatedKeys=[3]]", program.call("createTwoAuthors", "Ed", "Fe").toString());
        assertEquals(List.of("3|Ed", "4|Fe"), rows(connection, "SELECT id, name FROM authors WHERE id > 2 ORDER BY id"));
        assertEquals("ExecResult[rowCount=1, generatedKeys=[]]", program.call("renameAuthor", "Cy L.", ULong.valueOf(1))
                .toString());
        assertEquals("ExecResult[rowCount=0, generatedKeys=[]]", program.call("renameAuthor", "x", ULong.valueOf(99))
                .toString());
        assertEquals("ExecResult[rowCount=1, generatedKeys=[]]", program.call("addNote", ULong.valueOf(1), "first")
                .toString());
        assertEquals(List.of("1|first"), rows(connection, "SELECT author_id, body FROM notes"));
    }

    @Test
    void mariadbReturnsRowsFromInsertReplaceAndDelete() throws Exception {
        GoldenProgram program = program("mariadb-returning-insert-replace-delete", "AuthorsQueries");
        Object ada = ((Optional<?>) program.call("createAuthor", "Ada", null)).orElseThrow();
        // RETURNING all columns in order: the table's own record
        assertTrue(ada.toString().startsWith("Author[id=1, name=Ada, bio=null, createdAt="), ada.toString());
        assertEquals(List.of("1|Ada|null"), rows(connection, "SELECT id, name, bio FROM authors"));
        List<?> two = (List<?>) program.call("createTwoAuthors", "Bob", "Cy");
        assertEquals(2, two.size());
        assertTrue(two.get(1).toString().startsWith("Author[id=3, name=Cy, bio=null, createdAt="), two.toString());
        assertEquals(UInteger.valueOf(4), program.call("createAuthorReturningId", "Di"));
        assertEquals("[CopyAuthorsRow[id=5, copiedName=Ada (copy)], CopyAuthorsRow[id=6, copiedName=Bob (copy)]]",
                program.call("copyAuthors", UInteger.valueOf(2)).toString());
        assertEquals("Optional[ReplaceAuthorRow[id=2, name=Bob B., bio=has one]]",
                program.call("replaceAuthor", UInteger.valueOf(2), "Bob B.", "has one").toString());
        assertEquals("Optional[DeleteAuthorRow[id=1, name=Ada, shout=ADA, bio=null]]",
                program.call("deleteAuthor", UInteger.valueOf(1)).toString());
        assertEquals(Optional.empty(), program.call("deleteAuthor", UInteger.valueOf(1)));
        List<?> deleted = (List<?>) program.call("deleteAuthorsWithoutBio");
        assertEquals(List.of(3, 4, 5, 6), deleted.stream().map(r -> Integer.parseInt(
                r.toString().replaceAll("^Author\\[id=(\\d+),.*", "$1"))).toList());
        assertEquals(List.of("2|Bob B.|has one"), rows(connection, "SELECT id, name, bio FROM authors"));
        assertEquals("[ListAuthorsRow[id=2, name=Bob B., bio=has one]]", program.call("listAuthors").toString());
    }
}
