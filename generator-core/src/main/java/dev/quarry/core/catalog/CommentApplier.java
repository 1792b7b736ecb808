package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code COMMENT ON TABLE name IS '...'} and {@code COMMENT ON COLUMN table.column IS ...}
 * into the catalog, so generated records carry them as Javadoc. Comments on other objects change
 * nothing Quarry generates and are passed over. JSqlParser parses COMMENT, but a token reader is
 * all it takes and also reads the dollar-quoted text.
 */
final class CommentApplier {
    private final SchemaModel model;
    private final NameErrors errors;
    private final Diagnostics diagnostics;

    CommentApplier(SchemaModel model, NameErrors errors, Diagnostics diagnostics) {
        this.model = model;
        this.errors = errors;
        this.diagnostics = diagnostics;
    }

    void apply(SourceFile file, List<Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(1).isWord("ON")) {
            malformed(file, tokens);
            return;
        }
        boolean column = tokens.get(2).isWord("COLUMN");
        if (!column && !tokens.get(2).isWord("TABLE")) {
            return; // a schema, type, function, index, ...: nothing generated shows it
        }
        List<Token> name = new ArrayList<>();
        int i = 3;
        while (i < tokens.size() && !tokens.get(i).isWord("IS")) {
            if (!tokens.get(i).is('.')) {
                name.add(tokens.get(i));
            }
            i++;
        }
        if (i + 1 != tokens.size() - 1 || name.isEmpty() || (column && name.size() < 2)) {
            malformed(file, tokens);
            return;
        }
        Optional<String> text = text(tokens.get(i + 1));
        if (text == null) {
            malformed(file, tokens);
            return;
        }
        int tableParts = column ? name.size() - 1 : name.size();
        String rawSchema = tableParts >= 2 ? name.get(tableParts - 2).text() : null;
        Token tableToken = name.get(tableParts - 1);
        QualifiedName table = model.ids().qualified(rawSchema, tableToken.text());
        Optional<MutableTable> found = model.table(table);
        if (found.isEmpty()) {
            errors.unknownTable(new Span(file, tableToken.start(), tableToken.end()), table);
            return;
        }
        if (!column) {
            found.get().comment(text.orElse(null));
            return;
        }
        Token columnToken = name.get(name.size() - 1);
        String columnName = model.ids().name(columnToken.text());
        if (found.get().column(columnName).isEmpty()) {
            errors.unknownColumn(new Span(file, columnToken.start(), columnToken.end()), found.get(), columnName);
            return;
        }
        found.get().commentColumn(columnName, text.orElse(null));
    }

    /** The comment's text; empty for NULL (removes the comment); null when the token is neither. */
    private static @Nullable Optional<String> text(Token token) {
        String t = token.text();
        if (token.isWord("NULL")) {
            return Optional.empty();
        }
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return Optional.of(t.substring(1, t.length() - 1).replace("''", "'").strip());
        }
        if (t.startsWith("$")) {
            int tagEnd = t.indexOf('$', 1);
            String tag = t.substring(0, tagEnd + 1);
            if (t.length() >= 2 * tag.length() && t.endsWith(tag)) {
                return Optional.of(t.substring(tag.length(), t.length() - tag.length()).strip());
            }
        }
        return null;
    }

    private void malformed(SourceFile file, List<Token> tokens) {
        diagnostics.warning("parse-error", Span.at(file, tokens.get(0).start()),
                "cannot read this COMMENT statement; statement skipped",
                "expected COMMENT ON TABLE name IS 'text' or COMMENT ON COLUMN table.column IS 'text'");
    }
}
