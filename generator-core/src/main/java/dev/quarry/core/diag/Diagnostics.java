package dev.quarry.core.diag;

import dev.quarry.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the diagnostics of one run; they are sorted and rendered at the end. */
public final class Diagnostics {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().displayPath())
            .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public Diagnostic error(String code, @Nullable Span span, String message) {
        return report(Diagnostic.error(code, span, message));
    }

    public Diagnostic error(String code, @Nullable Span span, String message, @Nullable String hint) {
        return report(Diagnostic.error(code, span, message).withHint(hint));
    }

    public Diagnostic warning(String code, @Nullable Span span, String message) {
        return report(Diagnostic.warning(code, span, message));
    }

    public Diagnostic warning(String code, @Nullable Span span, String message, @Nullable String hint) {
        return report(Diagnostic.warning(code, span, message).withHint(hint));
    }

    private Diagnostic report(Diagnostic d) {
        items.add(d);
        return d;
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics in the order they were reported, to merge into another run's in that order. */
    public List<Diagnostic> inOrder() {
        return List.copyOf(items);
    }

    /** All diagnostics, sorted by file, position, severity and message; duplicates removed. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted(ORDER).toList();
    }
}
