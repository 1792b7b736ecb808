package dev.quarry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticLogFormatTest {
    private static final Path PROJECT = Path.of("/work/app").toAbsolutePath();
    private static final SourceFile USERS = SourceFile.of(PROJECT.resolve("queries/users.sql"), "queries/users.sql",
            "-- name: FindUser :one\nSELECT nme FROM users;\n");

    @Test
    void errorStartsWithTheAbsolutePathAndKeepsSourceLineCaretAndHint() {
        int start = USERS.text().indexOf("nme");
        Diagnostic error = Diagnostic.error("unknown-column", new Span(USERS, start, start + 3),
                "column \"nme\" does not exist").withHint("did you mean \"name\"?");

        assertEquals(PROJECT.resolve("queries/users.sql") + ":2:8: column \"nme\" does not exist\n"
                        + "  SELECT nme FROM users;\n"
                        + "         ^~~\n"
                        + "  hint: did you mean \"name\"?",
                DiagnosticLogFormat.format(error));
    }

    @Test
    void relativeFilePathIsMadeAbsolute() {
        SourceFile relative = SourceFile.of(Path.of("quarry.yaml"), "quarry.yaml", "x: 1\n");
        Diagnostic warning = Diagnostic.warning("w", Span.at(relative, 0), "odd");

        String first = DiagnosticLogFormat.format(warning).lines().findFirst().orElseThrow();

        assertEquals(Path.of("quarry.yaml").toAbsolutePath() + ":1:1: odd", first);
    }

    @Test
    void diagnosticWithoutSpanIsJustItsMessageAndHint() {
        Diagnostic error = Diagnostic.error("config-missing", null, "cannot read config file quarry.yaml")
                .withHint("create it");

        assertEquals("cannot read config file quarry.yaml\n  hint: create it", DiagnosticLogFormat.format(error));
    }

    @Test
    void diagnosticAboutAWholeFileStartsWithItsAbsolutePath() {
        Diagnostic error = Diagnostic.fileError("source-unreadable", USERS, "cannot read file: permission denied")
                .withHint("check that the file exists and is readable");

        assertEquals(PROJECT.resolve("queries/users.sql") + ": cannot read file: permission denied\n"
                + "  hint: check that the file exists and is readable", DiagnosticLogFormat.format(error));
    }

    @Test
    void failureSummaryCountsErrorsAndWarnings() {
        Diagnostic error = Diagnostic.error("e", null, "a");
        Diagnostic warning = Diagnostic.warning("w", null, "b");

        assertEquals("Quarry found 1 error in the configuration, schema or queries; see the messages above",
                DiagnosticLogFormat.failureSummary(List.of(error)));
        assertEquals("Quarry found 2 errors and 1 warning in the configuration, schema or queries; see the messages above",
                DiagnosticLogFormat.failureSummary(List.of(error, error, warning)));
    }
}
