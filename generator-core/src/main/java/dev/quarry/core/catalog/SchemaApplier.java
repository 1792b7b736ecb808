package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.util.List;

/**
 * Applies CREATE SCHEMA, DROP SCHEMA and ALTER SCHEMA ... RENAME TO where the engine tracks schemas
 * ({@link SchemaNamespaces}); elsewhere they change nothing. Read from tokens: JSqlParser does not
 * parse ALTER SCHEMA and keeps no positions for schema names.
 */
final class SchemaApplier {
    /** How many of a schema's objects a refused DROP SCHEMA names. */
    private static final int NAMED_OBJECTS = 3;

    private final SchemaModel model;
    private final NameErrors errors;
    private final Diagnostics diagnostics;

    SchemaApplier(SchemaModel model, NameErrors errors, Diagnostics diagnostics) {
        this.model = model;
        this.errors = errors;
        this.diagnostics = diagnostics;
    }

    /**
     * {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]}, or {@code CREATE SCHEMA
     * AUTHORIZATION role}, which names the schema after the role.
     */
    void create(SourceFile file, List<Token> tokens) {
        if (!model.namespaces().tracked()) {
            return;
        }
        int i = 2;
        boolean ifNotExists = DdlTokens.startsWith(tokens.subList(Math.min(i, tokens.size()), tokens.size()),
                "IF", "NOT", "EXISTS");
        i += ifNotExists ? 3 : 0;
        if (i < tokens.size() && tokens.get(i).isWord("AUTHORIZATION")) {
            i++;
        }
        if (i >= tokens.size() || !isName(tokens.get(i))) {
            malformed(file, tokens, i, "expected CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]");
            return;
        }
        Token name = tokens.get(i++);
        if (i + 1 < tokens.size() && tokens.get(i).isWord("AUTHORIZATION") && isName(tokens.get(i + 1))) {
            i += 2;
        }
        if (i < tokens.size()) {
            diagnostics.error("unsupported-ddl", Span.at(file, tokens.get(i).start()),
                    "Quarry does not read statements inside CREATE SCHEMA",
                    "end CREATE SCHEMA here and write them as statements of their own");
            return;
        }
        String schema = model.ids().name(name.text());
        if (!model.createSchema(schema) && !ifNotExists) {
            errors.duplicateSchema(span(file, name), schema, true);
        }
    }

    /** {@code DROP SCHEMA [IF EXISTS] name [, ...] [CASCADE | RESTRICT]}. */
    void drop(SourceFile file, List<Token> tokens) {
        if (!model.namespaces().tracked()) {
            return;
        }
        DropListReader.Result result = DropListReader.read(tokens);
        if (result instanceof DropListReader.Malformed bad) {
            diagnostics.error("parse-error", Span.at(file, bad.offset()), "cannot read DROP SCHEMA statement",
                    "expected DROP SCHEMA [IF EXISTS] name [, ...] [CASCADE | RESTRICT]");
            return;
        }
        DropListReader.DropList drop = (DropListReader.DropList) result;
        for (DropListReader.Name raw : drop.names()) {
            String schema = model.ids().name(raw.raw());
            Span at = new Span(file, raw.start(), raw.end());
            if (!model.schemaExists(schema)) {
                if (!drop.ifExists()) {
                    errors.unknownSchema(at, schema);
                }
            } else if (model.namespaces().undroppable(schema)) {
                diagnostics.error("drop-schema", at, "cannot drop schema \"" + schema
                        + "\": the database system needs it", null);
            } else if (!drop.cascade() && !model.objectsIn(schema).isEmpty()) {
                List<String> objects = model.objectsIn(schema);
                String named = String.join(", ", objects.subList(0, Math.min(NAMED_OBJECTS, objects.size())))
                        + (objects.size() > NAMED_OBJECTS ? " and " + (objects.size() - NAMED_OBJECTS) + " more" : "");
                diagnostics.error("drop-schema", at, "cannot drop schema \"" + schema + "\": " + named
                        + (objects.size() == 1 ? " is" : " are") + " still in it",
                        "use DROP SCHEMA " + schema + " CASCADE to drop them with it");
            } else {
                model.dropSchema(schema);
            }
        }
    }

    /** {@code ALTER SCHEMA name RENAME TO new}; other forms (OWNER TO) change nothing Quarry models. */
    void alter(SourceFile file, List<Token> tokens) {
        if (!model.namespaces().tracked()) {
            return;
        }
        if (tokens.size() < 3 || !isName(tokens.get(2))) {
            malformed(file, tokens, 2, "expected ALTER SCHEMA name RENAME TO new_name | OWNER TO role");
            return;
        }
        Token name = tokens.get(2);
        String schema = model.ids().name(name.text());
        if (!model.schemaExists(schema)) {
            errors.unknownSchema(span(file, name), schema);
            return;
        }
        List<Token> action = tokens.subList(3, tokens.size());
        if (!DdlTokens.startsWith(action, "RENAME", "TO")) {
            return;
        }
        if (action.size() != 3 || !isName(action.get(2))) {
            malformed(file, tokens, 5, "expected ALTER SCHEMA name RENAME TO new_name");
            return;
        }
        String newName = model.ids().name(action.get(2).text());
        if (model.schemaExists(newName)) {
            errors.duplicateSchema(span(file, action.get(2)), newName, false);
            return;
        }
        model.renameSchema(schema, newName);
    }

    private void malformed(SourceFile file, List<Token> tokens, int at, String hint) {
        int offset = at < tokens.size() ? tokens.get(at).start() : tokens.get(tokens.size() - 1).end();
        diagnostics.error("parse-error", Span.at(file, offset), "cannot read this schema statement", hint);
    }

    private static Span span(SourceFile file, Token token) {
        return new Span(file, token.start(), token.end());
    }

    private static boolean isName(Token t) {
        char c = t.text().charAt(0);
        return Character.isLetter(c) || c == '_' || c == '"';
    }
}
