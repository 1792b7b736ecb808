package dev.quarry.core.parse;

import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Turns statement text from a file into a {@link ParsedStatement}, reporting syntax errors with
 * their position in the file.
 */
public final class StatementReader {
    private final SqlParser parser;

    public StatementReader(SqlParser parser) {
        this.parser = parser;
    }

    /** A schema statement: parsed as written. */
    public Optional<ParsedStatement> readSchemaStatement(SourceFile file, int start, int end, Diagnostics diagnostics) {
        String text = file.text().substring(start, end);
        SqlParser.Result result = parser.parse(text);
        if (result instanceof SqlParser.Parsed parsed) {
            return Optional.of(new ParsedStatement(file, start, end, parsed.statement(), parsed.parsedText(),
                    List.of(parsed.toInput()), List.of()));
        }
        SqlParser.Failed failed = (SqlParser.Failed) result;
        diagnostics.error("parse-error", Span.at(file, start + failed.offset()), failed.message());
        return Optional.empty();
    }

    /** A query: parameters are replaced by {@code ?} before parsing. */
    public Optional<ParsedStatement> readQuery(SourceFile file, int start, int end, Diagnostics diagnostics) {
        ParameterScanner.Scanned scanned = ParameterScanner.scan(file.text().substring(start, end), parser.engine());
        SqlParser.Result result = parser.parse(scanned.jdbc());
        if (result instanceof SqlParser.Parsed parsed) {
            return Optional.of(new ParsedStatement(file, start, end, parsed.statement(), parsed.parsedText(),
                    List.of(parsed.toInput(), scanned.offsets()), scanned.refs()));
        }
        SqlParser.Failed failed = (SqlParser.Failed) result;
        int offset = scanned.offsets().toOriginal(failed.offset());
        diagnostics.error("parse-error", Span.at(file, start + offset), failed.message());
        return Optional.empty();
    }
}
