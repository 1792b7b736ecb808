package dev.quarry.core.diag;

import dev.quarry.core.source.Span;
import java.util.List;

/**
 * Renders diagnostics the way compilers do:
 *
 * <pre>
 * queries/users.sql:3:8: error: column "nme" does not exist
 *   SELECT nme FROM users
 *          ^
 *   hint: did you mean "name"?
 * </pre>
 *
 * <p>A diagnostic about a whole file starts with its path alone ({@code queries/users.sql: error: ...}).
 */
public final class DiagnosticRenderer {

    private DiagnosticRenderer() {}

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(render(d));
        }
        return out.toString();
    }

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Span span = d.span();
        if (d.location() != null) {
            out.append(d.location()).append(": ");
        }
        out.append(d.severity().label()).append(": ").append(d.message()).append('\n');
        if (span != null) {
            String line = span.file().lineText(span.line());
            out.append("  ").append(line).append('\n');
            out.append("  ").append(caretIndent(line, span.column() - 1)).append('^');
            int width = Math.min(span.end(), lineEnd(span)) - span.start();
            if (width > 1) {
                out.append("~".repeat(width - 1));
            }
            out.append('\n');
        }
        if (d.hint() != null) {
            out.append("  hint: ").append(d.hint()).append('\n');
        }
        return out.toString();
    }

    /** Spaces up to the caret, keeping tabs so the caret lines up under the source line. */
    private static String caretIndent(String line, int column) {
        StringBuilder indent = new StringBuilder();
        for (int i = 0; i < column && i < line.length(); i++) {
            indent.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        for (int i = line.length(); i < column; i++) {
            indent.append(' ');
        }
        return indent.toString();
    }

    private static int lineEnd(Span span) {
        int nl = span.file().text().indexOf('\n', span.start());
        return nl < 0 ? span.file().text().length() : nl;
    }
}
