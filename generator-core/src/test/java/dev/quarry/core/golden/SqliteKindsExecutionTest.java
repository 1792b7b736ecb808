package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
import dev.quarry.runtime.QueryOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the expected code of the SQLite golden folders of :execresult, :execlastid, the batch kinds and :copyfrom. */
class SqliteKindsExecutionTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private GoldenProgram program(String folderName) throws Exception {
        GoldenFolder folder = GoldenFolder.named("sqlite", folderName);
        var config = folder.configOrThrow();
        for (SourceFile file : SourceDiscovery.discover(config.schema(), config.baseDir())) {
            for (String statement : file.text().split(";")) {
                if (!statement.isBlank()) {
                    try (Statement st = connection.createStatement()) {
                        st.execute(statement);
                    }
                }
            }
        }
        return new GoldenProgram(folder, "AuthorsQueries", connection);
    }

    @Test
    void execLastIdAndExecResult() throws Exception {
        GoldenProgram program = program("sqlite-kinds-execresult-execlastid");
        assertEquals(1L, program.call("createAuthor", "Ada", null));
        assertEquals(2L, program.call("createAuthor", "Bob", "bio"));
        assertEquals(3L, program.call("createAuthorReturning", "Cy"));
        assertEquals("ExecResult[rowCount=1, generatedKeys=[4]]", program.call("createAuthorResult", "Di").toString());
        assertEquals("ExecResult[rowCount=1, generatedKeys=[]]", program.call("renameAuthor", "Ada L.", 1L).toString());
        assertEquals("ExecResult[rowCount=0, generatedKeys=[]]", program.call("renameAuthor", "x", 99L).toString());
    }

    @Test
    void batchKindsAndCopyFromAsMultiRowInserts() throws Exception {
        GoldenProgram program = program("sqlite-kinds-batch-and-copyfrom");
        program.switchTo("withOptions", QueryOptions.DEFAULTS.withBatchSize(4));
        program.call("createAuthors", List.of(program.record("CreateAuthorsParams", "a", null),
                program.record("CreateAuthorsParams", "b", "bio")));
        assertEquals("[Optional[CreateAuthorsReturningRow[id=3, name=c]], Optional[CreateAuthorsReturningRow[id=4, name=a]]]",
                program.call("createAuthorsReturning", List.of("c", "a")).toString());
        assertEquals("[[AuthorsNamedRow[id=1, name=a], AuthorsNamedRow[id=4, name=a]], []]",
                program.call("authorsNamed", List.of("a", "zzz")).toString());
        // 10 rows in statements of at most 4 rows: 4 + 4 + 2
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(program.record("CopyAuthorsParams", "copied " + i, i == 0 ? "it's \"quoted\"\n" : null,
                    i == 1 ? null : LocalDate.of(2000, 1, 1).plusDays(i)));
        }
        assertEquals(10L, program.call("copyAuthors", rows));
        List<?> all = (List<?>) program.call("listAuthors");
        assertEquals(14, all.size());
        assertEquals("Author[id=5, name=copied 0, bio=it's \"quoted\"\n, born=2000-01-01]", all.get(4).toString());
        assertEquals("Author[id=6, name=copied 1, bio=null, born=null]", all.get(5).toString());
        assertEquals("Author[id=14, name=copied 9, bio=null, born=2000-01-10]", all.get(13).toString());
        assertEquals(0L, program.call("copyAuthors", List.of()));
    }

    /** Any Iterable, read once and as the statements go. */
    @Test
    void batchAndCopyMethodsReadAnIterableAsTheyGo() throws Exception {
        GoldenProgram program = program("sqlite-kinds-batch-and-copyfrom");
        program.switchTo("withOptions", QueryOptions.DEFAULTS.withBatchSize(100));
        LazyParams copied = new LazyParams(250, i -> program.record("CopyAuthorsParams", "c" + i, null, null), 100,
                () -> count());
        assertEquals(250L, program.call("copyAuthors", copied));
        assertEquals(100L, copied.probed(), "the first multi-row INSERT ran before the 101st row was made");
        assertEquals(1, copied.iterators());
        LazyParams batched = new LazyParams(250, i -> program.record("CreateAuthorsParams", "b" + i, null), 200,
                () -> count());
        program.call("createAuthors", batched);
        assertEquals(450L, batched.probed(), "two batches ran before the 201st set was made");
        assertEquals(500L, count());
    }

    private long count() throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM authors")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
