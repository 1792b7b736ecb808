package dev.quarry.core.parse;

import dev.quarry.core.source.LineIndex;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.util.List;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * A parsed statement together with everything needed to point back into its file: the text the
 * parser saw, and the chain of rewrites between it and the file (keyword quoting, parameter
 * replacement).
 *
 * @param start the statement's offset in the file
 * @param params the parameter placeholders, in JDBC order (empty for schema statements)
 */
public record ParsedStatement(
        SourceFile file,
        int start,
        int end,
        Statement statement,
        String parsedText,
        List<OffsetMap> toFile,
        List<ParamRef> params,
        LineIndex parsedLines) {

    public ParsedStatement {
        toFile = List.copyOf(toFile);
        params = List.copyOf(params);
    }

    /** Indexes the parsed text's lines once: every span of a node needs them. */
    public ParsedStatement(SourceFile file, int start, int end, Statement statement, String parsedText,
            List<OffsetMap> toFile, List<ParamRef> params) {
        this(file, start, end, statement, parsedText, toFile, params, LineIndex.of(parsedText));
    }

    /** The span of the whole statement. */
    public Span span() {
        return new Span(file, start, end);
    }

    /** Maps an offset in {@code parsedText} to an offset in the file. */
    public int fileOffset(int parsedOffset) {
        int o = parsedOffset;
        for (OffsetMap map : toFile) {
            o = map.toOriginal(o);
        }
        return Math.min(start + o, file.text().length());
    }

    /** The span of a syntax node, or of the statement when JSqlParser kept no tokens for it. */
    public Span span(Object node) {
        if (node instanceof ASTNodeAccess access && access.getASTNode() != null) {
            Node ast = access.getASTNode();
            Token first = ast.jjtGetFirstToken();
            Token last = ast.jjtGetLastToken();
            if (first != null) {
                LineIndex lines = parsedLines;
                int from = lines.offset(first.beginLine, first.beginColumn);
                int to = last != null ? lines.offset(last.endLine, last.endColumn) + 1 : from;
                int a = fileOffset(Math.min(from, parsedText.length()));
                int b = fileOffset(Math.min(Math.max(to, from), parsedText.length()));
                return new Span(file, a, Math.max(a, b));
            }
        }
        return Span.at(file, start);
    }

    /** The span of the parameter placeholder bound at a 1-based JDBC position. */
    public Span paramSpan(int slot) {
        ParamRef ref = params.get(slot - 1);
        return new Span(file, start + ref.start(), start + ref.end());
    }
}
