package dev.quarry.core.catalog;

import dev.quarry.core.parse.ParsedStatement;
import dev.quarry.core.source.LexicalScanner;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;

/**
 * A parsed schema statement and the file as the user wrote it. The parser may have seen a copy of
 * the file with some clauses blanked out (same offsets), so every span is mapped back to the
 * original file, whose lines diagnostics show.
 */
record DdlStatement(SourceFile file, ParsedStatement parsed) {

    /** The span of a syntax node, or the statement's start when JSqlParser kept no position. */
    Span span(Object node) {
        Span s = parsed.span(node);
        return new Span(file, s.start(), s.end());
    }

    Span start() {
        return Span.at(file, parsed.start());
    }

    /**
     * The span of a name as written in the statement ({@code "Users"}, {@code email}), looked for
     * from {@code from} on; the statement's start if it does not occur. JSqlParser keeps no positions
     * for column names in DDL, so this is how errors about them point at them.
     */
    Span nameSpan(String raw, int from) {
        String text = file.text();
        int end = parsed.end();
        int i = Math.max(from, parsed.start());
        while (i < end) {
            if (text.regionMatches(true, i, raw, 0, raw.length()) && i + raw.length() <= end
                    && boundary(text, i - 1) && boundary(text, i + raw.length())) {
                return new Span(file, i, i + raw.length());
            }
            int skipped = LexicalScanner.skipNonCode(text, i);
            i = skipped == i ? i + 1 : skipped;
        }
        return from > parsed.start() ? nameSpan(raw, parsed.start()) : start();
    }

    Span nameSpan(String raw) {
        return nameSpan(raw, parsed.start());
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !LexicalScanner.isIdentifierPart(text.charAt(i));
    }
}
