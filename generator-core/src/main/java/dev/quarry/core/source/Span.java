package dev.quarry.core.source;

/** A range of characters [start, end) in a source file. */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (start < 0 || end < start || end > file.text().length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside " + file);
        }
    }

    public static Span at(SourceFile file, int offset) {
        int o = Math.min(Math.max(0, offset), file.text().length());
        return new Span(file, o, o);
    }

    public int line() {
        return file.line(start);
    }

    public int column() {
        return file.column(start);
    }

    /** {@code path:line:col}, as diagnostics print it. */
    public String location() {
        return file.displayPath() + ":" + line() + ":" + column();
    }

    /** The first {@code length} characters of this span (all of it when shorter). */
    public Span prefix(int length) {
        return new Span(file, start, Math.min(end, start + Math.max(0, length)));
    }

    public String text() {
        return file.text().substring(start, end);
    }
}
