package dev.quarry.core.parse;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.LexicalScanner;
import dev.quarry.core.source.LineIndex;
import dev.quarry.core.source.MysqlLexis;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import dev.quarry.core.source.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a query file at its {@code -- name: <Name> <:kind>} lines. A query runs from the line after
 * its annotation to the documentation comment of the next query (or the end of the file), less
 * trailing white space, comments and semicolon, read with the engine's lexis (MySQL's {@code #}
 * comments and backslash escapes).
 */
public final class QueryFileSplitter {
    private static final Pattern ANNOTATION =
            Pattern.compile("^[ \\t]*--[ \\t]*name:[ \\t]*(\\S*)[ \\t]*(\\S*)[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^[ \\t]*--[ \\t]*@\\w+.*$");
    private static final Pattern COMMENT = Pattern.compile("^[ \\t]*--(.*)$");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private QueryFileSplitter() {}

    public static List<QueryBlock> split(SourceFile file, Engine engine, Diagnostics diagnostics) {
        boolean mysql = engine.isMysqlFamily();
        LineIndex lines = file.lines();
        String text = file.text();
        List<Integer> annotationLines = new ArrayList<>();
        for (int line = 1; line <= lines.lineCount(); line++) {
            if (ANNOTATION.matcher(file.lineText(line)).matches()) {
                annotationLines.add(line);
            }
        }
        if (annotationLines.isEmpty()) {
            if (StatementSplitter.hasCode(text, 0, text.length(), mysql)) {
                diagnostics.error("missing-annotation", Span.at(file, firstCode(text, mysql)),
                        "query file has SQL but no \"-- name:\" annotation",
                        "start each query with a line like \"-- name: FindUser :one\"");
            }
            return List.of();
        }
        List<QueryBlock> blocks = new ArrayList<>();
        int firstDoc = docStart(file, annotationLines.get(0));
        if (StatementSplitter.hasCode(text, 0, lines.offset(firstDoc, 1), mysql)) {
            diagnostics.error("missing-annotation", Span.at(file, firstCode(text, mysql)),
                    "SQL before the first \"-- name:\" annotation belongs to no query");
        }
        for (int i = 0; i < annotationLines.size(); i++) {
            int line = annotationLines.get(i);
            int endLine = i + 1 < annotationLines.size() ? docStart(file, annotationLines.get(i + 1)) : -1;
            int end = endLine < 0 ? text.length() : lines.offset(endLine, 1);
            QueryBlock block = block(file, line, end, mysql, diagnostics);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static QueryBlock block(SourceFile file, int line, int regionEnd, boolean mysql, Diagnostics diagnostics) {
        LineIndex lines = file.lines();
        String lineText = file.lineText(line);
        int lineStart = lines.offset(line, 1);
        Span annotation = new Span(file, lineStart, lineStart + lineText.length());
        Matcher m = ANNOTATION.matcher(lineText);
        m.matches();
        String name = m.group(1);
        String kind = m.group(2);
        Span nameSpan = new Span(file, lineStart + Math.max(0, m.start(1)), lineStart + Math.max(0, m.end(1)));
        Span kindSpan = new Span(file, lineStart + Math.max(0, m.start(2)), lineStart + Math.max(0, m.end(2)));
        if (name.isEmpty() || !JAVA_NAME.matcher(name).matches()) {
            diagnostics.error("bad-annotation", nameSpan,
                    name.isEmpty() ? "query annotation has no name" : "query name \"" + name + "\" is not a valid identifier",
                    "write \"-- name: FindUser :one\": a name of letters, digits and underscores");
            return null;
        }
        if (kind.isEmpty()) {
            diagnostics.error("bad-annotation", Span.at(file, annotation.end()), "query \"" + name + "\" has no kind",
                    "add one of :one, :many, :exec, :execrows after the name");
            return null;
        }
        if (!m.group(3).isEmpty()) {
            diagnostics.error("bad-annotation", new Span(file, lineStart + m.start(3), lineStart + m.end(3)),
                    "unexpected text after the query kind");
        }
        int sqlStart = Math.min(annotation.end() + 1, file.text().length());
        int sqlEnd = trimEnd(file.text(), sqlStart, regionEnd, mysql);
        List<Span> directives = new ArrayList<>();
        for (int l = docStart(file, line); l < line; l++) {
            addDirective(file, l, directives);
        }
        for (int l = line + 1; l <= lines.lineCount() && lines.offset(l, 1) < regionEnd; l++) {
            addDirective(file, l, directives);
        }
        return new QueryBlock(file, name, annotation, kind, kindSpan, sqlStart, sqlEnd,
                docLines(file, line), directives);
    }

    private static void addDirective(SourceFile file, int line, List<Span> directives) {
        String lt = file.lineText(line);
        if (DIRECTIVE.matcher(lt).matches()) {
            int start = file.lines().offset(line, 1);
            directives.add(new Span(file, start, start + lt.length()));
        }
    }

    /** The first line of the comment block directly above an annotation line. */
    private static int docStart(SourceFile file, int annotationLine) {
        int l = annotationLine;
        while (l > 1 && COMMENT.matcher(file.lineText(l - 1)).matches()
                && !ANNOTATION.matcher(file.lineText(l - 1)).matches()) {
            l--;
        }
        return l;
    }

    private static List<String> docLines(SourceFile file, int annotationLine) {
        List<String> doc = new ArrayList<>();
        for (int l = docStart(file, annotationLine); l < annotationLine; l++) {
            String lt = file.lineText(l);
            if (DIRECTIVE.matcher(lt).matches()) {
                continue;
            }
            Matcher m = COMMENT.matcher(lt);
            if (m.matches()) {
                String body = m.group(1);
                doc.add(body.startsWith(" ") ? body.substring(1).stripTrailing() : body.stripTrailing());
            }
        }
        return doc;
    }

    /**
     * End of the statement: trailing white space, comments and the semicolon removed. A region
     * with several statements keeps them all; the analyzer reports that.
     */
    private static int trimEnd(String text, int start, int end, boolean mysql) {
        List<StatementSplitter.Piece> pieces = StatementSplitter.split(text, start, end, mysql);
        if (pieces.isEmpty()) {
            return start;
        }
        StatementSplitter.Piece last = pieces.get(pieces.size() - 1);
        return StatementSplitter.codeEnd(text, last.start(), last.end(), mysql);
    }

    private static int firstCode(String text, boolean mysql) {
        int i = 0;
        while (i < text.length()) {
            int skipped = mysql ? MysqlLexis.skipNonCode(text, i) : LexicalScanner.skipNonCode(text, i);
            if (skipped != i) {
                i = skipped;
            } else if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else {
                return i;
            }
        }
        return 0;
    }
}
