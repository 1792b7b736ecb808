package dev.quarry.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {

    @Test
    void rendersLocationSourceLineCaretAndHint() {
        SourceFile file = SourceFile.of(Path.of("q.sql"), "queries/q.sql", "-- name: A :one\n\tSELECT nme FROM users\n");
        int at = file.text().indexOf("nme");
        Diagnostic d = Diagnostic.error("unknown-column", new Span(file, at, at + 3), "column \"nme\" does not exist")
                .withHint("did you mean \"name\"?");
        assertEquals("""
                queries/q.sql:2:9: error: column "nme" does not exist
                  \tSELECT nme FROM users
                  \t       ^~~
                  hint: did you mean "name"?
                """, DiagnosticRenderer.render(d));
    }

    @Test
    void sortsByFileThenPositionAndDropsDuplicates() {
        SourceFile a = SourceFile.of(Path.of("a.sql"), "a.sql", "x\ny\n");
        SourceFile b = SourceFile.of(Path.of("b.sql"), "b.sql", "x\n");
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("e", Span.at(b, 0), "third");
        diagnostics.error("e", Span.at(a, 2), "second");
        diagnostics.warning("w", Span.at(a, 0), "first");
        diagnostics.error("e", Span.at(a, 2), "second");
        assertEquals(List.of("first", "second", "third"),
                diagnostics.sorted().stream().map(Diagnostic::message).toList());
    }

    @Test
    void suggestsOnlyCloseNames() {
        assertEquals("name", Suggestions.closest("nme", List.of("id", "name", "bio")).orElseThrow());
        assertEquals(true, Suggestions.closest("zzzzz", List.of("id", "name")).isEmpty());
        assertEquals("title", Suggestions.closest("titel", List.of("id", "title")).orElseThrow());
    }
}
