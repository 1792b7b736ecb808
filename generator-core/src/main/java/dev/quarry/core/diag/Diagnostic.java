package dev.quarry.core.diag;

import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.SourceReader;
import dev.quarry.core.source.Span;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in the input. {@code code} is a stable kebab-case identifier
 * ({@code unknown-column}, {@code parse-error}, ...) that tests and tools can match on.
 * A diagnostic without a span concerns a whole file ({@code file}, for example one that cannot be
 * read) or, without either, the run as a whole (for example a missing config file).
 *
 * @param file the file the diagnostic concerns: its span's, or a whole file's; null for the run
 */
public record Diagnostic(Severity severity, String code, @Nullable Span span, String message, @Nullable String hint,
        @Nullable SourceFile file) {

    public Diagnostic {
        if (span != null) {
            file = span.file();
        }
    }

    public Diagnostic(Severity severity, String code, @Nullable Span span, String message, @Nullable String hint) {
        this(severity, code, span, message, hint, null);
    }

    public static Diagnostic error(String code, @Nullable Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, span, message, null);
    }

    public static Diagnostic warning(String code, @Nullable Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, span, message, null);
    }

    /** An error about a file as a whole, printed as {@code path: error: message}. */
    public static Diagnostic fileError(String code, SourceFile file, String message) {
        return new Diagnostic(Severity.ERROR, code, null, message, null, file);
    }

    /**
     * An input file that cannot be read: {@code path: error: ...}, or for text that is not UTF-8
     * {@code path:line:col: error: ...} at the first invalid byte.
     */
    public static Diagnostic unreadable(String code, SourceReader.Unreadable unreadable) {
        Diagnostic diagnostic = unreadable.offset() < 0
                ? fileError(code, unreadable.file(), unreadable.message())
                : error(code, Span.at(unreadable.file(), unreadable.offset()), unreadable.message());
        return diagnostic.withHint(unreadable.hint());
    }

    public Diagnostic withHint(@Nullable String newHint) {
        return new Diagnostic(severity, code, span, message, newHint, file);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col} of a span, {@code path} of a whole file, null for the run. */
    public @Nullable String location() {
        return span != null ? span.location() : file != null ? file.displayPath() : null;
    }
}
