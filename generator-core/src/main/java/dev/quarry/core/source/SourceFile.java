package dev.quarry.core.source;

import java.nio.file.Path;

/**
 * One input file as read at the start of a run. {@code displayPath} is what diagnostics and
 * generated Javadoc show: relative to the configuration's folder, with forward slashes, so output
 * never carries a machine's absolute paths.
 */
public record SourceFile(Path path, String displayPath, String text, LineIndex lines) {

    public static SourceFile of(Path path, String displayPath, String text) {
        return new SourceFile(path, displayPath, text, LineIndex.of(text));
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
        return lines.line(offset);
    }

    /** 1-based column of a character offset. */
    public int column(int offset) {
        return lines.column(offset);
    }

    public String lineText(int line) {
        return lines.lineText(text, line);
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
