package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the ALTER TYPE forms that change an enum: {@code ADD VALUE [IF NOT EXISTS] 'x'
 * [BEFORE | AFTER 'y']}, {@code RENAME VALUE 'x' TO 'y'}, {@code RENAME TO name} and {@code SET
 * SCHEMA s}. Read from the tokens: JSqlParser keeps the action as opaque text. Other forms (OWNER
 * TO) change nothing Quarry models.
 */
final class AlterTypeApplier {
    private final SchemaModel model;
    private final NameErrors errors;

    AlterTypeApplier(SchemaModel model, NameErrors errors) {
        this.model = model;
        this.errors = errors;
    }

    void apply(SourceFile file, List<Token> tokens) {
        int i = 2;
        StringBuilder raw = new StringBuilder(tokens.size() > i ? tokens.get(i).text() : "");
        int nameStart = tokens.size() > i ? tokens.get(i).start() : 0;
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).is('.')) {
            raw.append('.').append(tokens.get(i + 1).text());
            i += 2;
        }
        QualifiedName name = model.ids().qualified(raw.toString());
        Optional<SqlType.Enum> existing = model.enumType(name);
        List<Token> action = tokens.subList(Math.min(i, tokens.size()), tokens.size());
        if (existing.isEmpty()) {
            if (changesEnum(action)) {
                errors.unknownType(new Span(file, nameStart, nameStart + raw.length()), name);
            }
            return;
        }
        SqlType.Enum type = existing.get();
        List<String> labels = new ArrayList<>(type.labels());
        String newName = type.name();
        String newSchema = type.schema();
        if (DdlTokens.startsWith(action, "ADD", "VALUE")) {
            addValue(labels, action.subList(2, action.size()));
        } else if (DdlTokens.startsWith(action, "RENAME", "VALUE") && action.size() >= 5) {
            int at = labels.indexOf(literal(action.get(2)));
            if (at >= 0) {
                labels.set(at, literal(action.get(4)));
            }
        } else if (DdlTokens.startsWith(action, "RENAME", "TO") && action.size() >= 3) {
            newName = model.ids().name(action.get(2).text());
        } else if (DdlTokens.startsWith(action, "SET", "SCHEMA") && action.size() >= 3) {
            newSchema = model.ids().name(action.get(2).text());
            Span at = new Span(file, action.get(2).start(), action.get(2).end());
            if (!errors.schemaExists(at, new QualifiedName(newSchema, type.name()))) {
                return;
            }
        } else {
            return;
        }
        model.replaceEnum(type, new SqlType.Enum(newSchema, newName, labels));
    }

    private static void addValue(List<String> labels, List<Token> rest) {
        boolean ifNotExists = DdlTokens.startsWith(rest, "IF", "NOT", "EXISTS");
        List<Token> tail = ifNotExists ? rest.subList(3, rest.size()) : rest;
        if (tail.isEmpty()) {
            return;
        }
        String label = literal(tail.get(0));
        if (labels.contains(label)) {
            return;
        }
        int at = labels.size();
        if (tail.size() >= 3 && labels.contains(literal(tail.get(2)))) {
            int other = labels.indexOf(literal(tail.get(2)));
            at = tail.get(1).isWord("BEFORE") ? other : other + 1;
        }
        labels.add(at, label);
    }

    private static boolean changesEnum(List<Token> action) {
        return DdlTokens.startsWith(action, "ADD", "VALUE") || DdlTokens.startsWith(action, "RENAME");
    }

    /** A string literal's value: {@code 'it''s'} is {@code it's}. */
    private static String literal(Token token) {
        String t = token.text();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return t.substring(1, t.length() - 1).replace("''", "'");
        }
        return t;
    }
}
