package dev.quarry.maven;

import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.source.Span;
import java.util.List;

/**
 * Diagnostics as Maven log messages. Maven prints the severity itself ({@code [ERROR]}), and
 * IDEs link a location only when its path is absolute, so the first line is
 * {@code /abs/path:line:col: message} ({@code /abs/path: message} for a whole file); the source line,
 * caret and hint follow as
 * {@link DiagnosticRenderer} draws them.
 */
final class DiagnosticLogFormat {

    private DiagnosticLogFormat() {}

    static String format(Diagnostic diagnostic) {
        StringBuilder message = new StringBuilder();
        Span span = diagnostic.span();
        if (span != null) {
            message.append(span.file().path().toAbsolutePath().normalize())
                    .append(':').append(span.line()).append(':').append(span.column()).append(": ");
        } else if (diagnostic.file() != null) {
            message.append(diagnostic.file().path().toAbsolutePath().normalize()).append(": ");
        }
        message.append(diagnostic.message());
        String rendered = DiagnosticRenderer.render(diagnostic);
        // the renderer's first line is its own header with the display path; keep what follows
        int headerEnd = rendered.indexOf('\n');
        String body = headerEnd < 0 ? "" : rendered.substring(headerEnd + 1).stripTrailing();
        if (!body.isEmpty()) {
            message.append('\n').append(body);
        }
        return message.toString();
    }

    /** The one line the build fails with, for example "Quarry found 2 errors and 1 warning". */
    static String failureSummary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        String summary = "Quarry found " + count(errors, "error");
        if (warnings > 0) {
            summary += " and " + count(warnings, "warning");
        }
        return summary + " in the configuration, schema or queries; see the messages above";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
