package dev.quarry.core.diag;

import dev.quarry.core.source.Span;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in the input. {@code code} is a stable kebab-case identifier
 * ({@code unknown-column}, {@code parse-error}, ...) that tests and tools can match on.
 * A diagnostic without a span concerns the run as a whole (for example a missing config file).
 */
public record Diagnostic(Severity severity, String code, @Nullable Span span, String message, @Nullable String hint) {

    public static Diagnostic error(String code, @Nullable Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, span, message, null);
    }

    public static Diagnostic warning(String code, @Nullable Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, span, message, null);
    }

    public Diagnostic withHint(@Nullable String newHint) {
        return new Diagnostic(severity, code, span, message, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
