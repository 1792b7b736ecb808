package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the expected code of a few SQLite golden folders on an in-memory database, with data that
 * makes every column Quarry calls nullable NULL, and checks values and NULLs against the records.
 */
class SqliteGoldenExecutionTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private GoldenProgram program(String folderName, String queriesClass) throws Exception {
        GoldenFolder folder = GoldenFolder.named("sqlite", folderName);
        var config = folder.configOrThrow();
        for (SourceFile file : SourceDiscovery.discover(config.schema(), config.baseDir())) {
            // the schemas hold no semicolons inside literals
            for (String statement : file.text().split(";")) {
                if (!statement.isBlank()) {
                    execute(connection, statement);
                }
            }
        }
        return new GoldenProgram(folder, queriesClass, connection);
    }

    private void insertAuthorsAndBooks() throws SQLException {
        execute(connection, "INSERT INTO authors (id, name, bio, created_at) VALUES (1, 'Ada', 'wrote programs', 100), (2, 'Bob', NULL, 200)");
        execute(connection, "INSERT INTO books (author_id, title, price) VALUES (1, 'Notes', 12.5), (1, 'Poems', NULL)");
    }

    @Test
    void listAuthorStats() throws Exception {
        GoldenProgram program = program("sqlite-list-author-stats", "AuthorsQueries");
        insertAuthorsAndBooks();
        List<?> rows = (List<?>) program.call("listAuthorStats", 0L);
        assertEquals("[ListAuthorStatsRow[id=1, name=Ada, bio=wrote programs, bookCount=2], "
                + "ListAuthorStatsRow[id=2, name=Bob, bio=null, bookCount=0]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(1, ((List<?>) program.call("listAuthorStats", 150L)).size());
    }

    @Test
    void embeddedRowsAreAbsentExactlyWhenTheOuterJoinFindsNothing() throws Exception {
        GoldenProgram program = program("sqlc-embed-under-outer-join", "BooksQueries");
        execute(connection, "INSERT INTO authors (id, name, bio) VALUES (1, 'Ada', NULL)");
        execute(connection, "INSERT INTO books (id, author_id, title) VALUES (1, 1, 'Notes'), (2, NULL, 'Anonymous')");
        List<?> rows = (List<?>) program.call("booksWithAuthors");
        assertEquals("[BooksWithAuthorsRow[b=Book[id=1, authorId=1, title=Notes], a=Author[id=1, name=Ada, bio=null], "
                + "shout=NOTES], BooksWithAuthorsRow[b=Book[id=2, authorId=null, title=Anonymous], a=null, "
                + "shout=ANONYMOUS]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals("[AuthorsWithBookRow[a=Author[id=1, name=Ada, bio=null], title=Notes]]",
                program.call("authorsWithBook", 1L).toString());
    }

    @Test
    void leftJoinNullsTheRightSide() throws Exception {
        GoldenProgram program = program("sqlite-left-join-nullable", "AuthorsQueries");
        insertAuthorsAndBooks();
        List<?> rows = (List<?>) program.call("listAuthorsWithBooks");
        assertEquals("[ListAuthorsWithBooksRow[id=1, name=Ada, bookId=1, title=Notes, price=12.5], "
                + "ListAuthorsWithBooksRow[id=1, name=Ada, bookId=2, title=Poems, price=null], "
                + "ListAuthorsWithBooksRow[id=2, name=Bob, bookId=null, title=null, price=null]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
    }

    @Test
    void insertReturningWithANullBio() throws Exception {
        GoldenProgram program = program("sqlite-insert-returning", "AuthorsQueries");
        Optional<?> created = (Optional<?>) program.call("createAuthor", "Cy", null, 5L);
        assertEquals("CreateAuthorRow[id=1, name=Cy, bio=null]", created.orElseThrow().toString());
        DeclaredNullability.assertEveryNullableSeenNull(List.of(created.orElseThrow()));
    }

    @Test
    void affinityTypesReadBack() throws Exception {
        GoldenProgram program = program("sqlite-affinity-types", "MeasurementsQueries");
        execute(connection, "INSERT INTO measurements (id, small_n) VALUES (1, 7)");
        execute(connection, "INSERT INTO measurements VALUES (2, 1, 2, 'l', 'n', 0.5, 0.25, 3, 4.5, 1, '2024-01-31', '2024-01-31 12:00:00', x'0102')");
        List<?> rows = (List<?>) program.call("listMeasurements");
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(List.of(), List.copyOf(DeclaredNullability.nullComponents(List.of(rows.get(1)))));
    }

    @Test
    void upsertsInsertOrAndReplaceRunAsWritten() throws Exception {
        GoldenProgram program = program("sqlite-upserts-insert-or-and-replace", "CountersQueries");
        assertEquals("Counter[name=a, hits=1, note=null]", ((Optional<?>) program.call("hit", "a")).orElseThrow().toString());
        assertEquals("Counter[name=a, hits=2, note=null]", ((Optional<?>) program.call("hit", "a")).orElseThrow().toString());
        assertEquals(0L, program.call("addIfMissing", "a", 9L));
        assertEquals(1L, program.call("addIfMissing", "b", 9L));
        assertEquals(0L, program.call("addOrIgnore", "b", 5L));
        program.call("addOrReplace", "b", 5L, "five");
        assertEquals("Counter[name=b, hits=5, note=five]", ((Optional<?>) program.call("getCounter", "b")).orElseThrow().toString());
        assertEquals(1L, program.call("replaceCounter", "b", 6L, null));
        assertEquals(1L, program.call("setNote", "b", "six"));
        assertEquals(0L, program.call("setNote", "b", "six"));
        assertEquals("Counter[name=b, hits=6, note=six]", ((Optional<?>) program.call("getCounter", "b")).orElseThrow().toString());
    }

    @Test
    void generatedColumnsAndTypelessColumnsReadBack() throws Exception {
        GoldenProgram program = program("sqlite-generated-columns-and-type-names", "ItemsQueries");
        assertEquals(1L, program.call("addItem", "ab", 3L, null, 2.5, null));
        assertEquals(2L, program.call("addItem", "cd", 1L, "one", 1.0, new byte[] {7}));
        List<?> rows = (List<?>) program.call("itemsCostingMore", 0.0);
        assertEquals("[ItemsCostingMoreRow[sku=ab, total=7.5, upperSku=AB], ItemsCostingMoreRow[sku=cd, total=1.0, upperSku=CD]]",
                rows.toString());
        Object item = ((Optional<?>) program.call("getItem", 2L)).orElseThrow();
        assertEquals("[7]", java.util.Arrays.toString((byte[]) item.getClass().getMethod("extra").invoke(item)));
        // generated columns are nullable as declared (no NOT NULL), though these expressions never give NULL
        assertEquals(java.util.Set.of("extra", "label"),
                java.util.Set.copyOf(DeclaredNullability.nullComponents(List.of(((Optional<?>) program.call("getItem", 1L)).orElseThrow()))));
    }

    @Test
    void jsonDateAndRowidFunctions() throws Exception {
        GoldenProgram program = program("sqlite-json-date-and-rowid-functions", "DocsQueries");
        program.call("addDoc", "{\"title\":\"T\",\"tags\":[1,2],\"n\":42}");
        program.call("addDoc", "{}");
        List<?> rows = (List<?>) program.call("docFields", "$.n");
        assertEquals("[DocFieldsRow[id=1, title=T, picked=42, titleText=T, tagsJson=[1,2], tagCount=2, valid=true, "
                + "titleType=text, wrapped={\"id\":1}, pair=[1,\"{\\\"title\\\":\\\"T\\\",\\\"tags\\\":[1,2],\\\"n\\\":42}\"]], "
                + "DocFieldsRow[id=2, title=null, picked=null, titleText=null, tagsJson=null, tagCount=0, valid=true, "
                + "titleType=null, wrapped={\"id\":2}, pair=[2,\"{}\"]]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(2, ((List<?>) program.call("docsSince", "-1 day")).size());
        assertEquals(List.of(1L), program.call("docsWithTitle", "T"));
    }

    @Test
    void isAndIsNotCompareNullsAsValues() throws Exception {
        GoldenProgram program = program("sqlite-is-and-is-not-null-safe-comparisons", "ReadingsQueries");
        execute(connection, "INSERT INTO readings (id, expected, actual, label) VALUES (1, 5, 5, 'a'), (2, 5, 6, NULL),"
                + " (3, NULL, NULL, 'b'), (4, NULL, 7, NULL), (5, 0, 0, NULL)");
        List<?> rows = (List<?>) program.call("compareReadings");
        assertEquals("[CompareReadingsRow[id=1, same=true, changed=false, equal=true], "
                + "CompareReadingsRow[id=2, same=false, changed=true, equal=false], "
                + "CompareReadingsRow[id=3, same=true, changed=false, equal=null], "
                + "CompareReadingsRow[id=4, same=false, changed=true, equal=null], "
                + "CompareReadingsRow[id=5, same=true, changed=false, equal=true]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        // a NULL argument matches the NULL labels, which = never does
        assertEquals(List.of(2L, 4L, 5L), program.call("readingsLabelled", (Object) null));
        assertEquals(List.of(1L), program.call("readingsLabelled", "a"));
        assertEquals(List.of(1L, 2L, 3L), program.call("readingsNotAt", 7L));
    }

    @Test
    void columnsAddedWithoutATypeReadBack() throws Exception {
        GoldenProgram program = program("sqlite-alter-table-add-column-without-type", "NotesQueries");
        assertEquals(1L, program.call("addNote", "first", null));
        assertEquals(2L, program.call("addNote", "second", new byte[] {1, 2}));
        Object first = ((Optional<?>) program.call("getNote", 1L)).orElseThrow();
        assertEquals(java.util.Set.of("extra"), java.util.Set.copyOf(DeclaredNullability.nullComponents(List.of(first))));
        Object second = ((Optional<?>) program.call("getNote", 2L)).orElseThrow();
        assertEquals("[1, 2]", java.util.Arrays.toString((byte[]) second.getClass().getMethod("extra").invoke(second)));
        // the defaults SQLite filled in, read as the bytes of their text, as any BLOB-affinity column
        assertEquals("0", new String((byte[]) second.getClass().getMethod("flags").invoke(second)));
        assertEquals("manual", new String((byte[]) second.getClass().getMethod("sourceRef").invoke(second)));
    }
}
