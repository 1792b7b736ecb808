package dev.quarry.core.parse;

import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.util.List;

/**
 * One annotated query of a query file.
 *
 * @param annotation the span of the {@code -- name: X :kind} line
 * @param kindText the {@code :kind} as written (validated later)
 * @param kindSpan where {@code kindText} stands
 * @param sqlStart offset where the statement starts (the line after the annotation)
 * @param sqlEnd offset just past the statement, before a terminating semicolon
 * @param doc the comment lines directly above the annotation, without {@code --}
 * @param directives {@code -- @nonnull col} style lines above or inside the query, as spans
 */
public record QueryBlock(
        SourceFile file,
        String name,
        Span annotation,
        String kindText,
        Span kindSpan,
        int sqlStart,
        int sqlEnd,
        List<String> doc,
        List<Span> directives) {

    public QueryBlock {
        doc = List.copyOf(doc);
        directives = List.copyOf(directives);
    }

    /** The statement text, exactly as in the file between {@code sqlStart} and {@code sqlEnd}. */
    public String sql() {
        return file.text().substring(sqlStart, sqlEnd);
    }

    public int line() {
        return annotation.line();
    }
}
