package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Applies PostgreSQL's ALTER VIEW forms that change what queries can name: {@code RENAME TO name}
 * and {@code SET SCHEMA s} (the view keeps its definition, as the server keeps it bound). A column
 * rename is refused: the view's columns come from its query, which Quarry does not rewrite. Other
 * forms (OWNER TO, ALTER COLUMN ... SET DEFAULT, SET (options)) change nothing Quarry models. Read
 * from the tokens: JSqlParser does not parse these forms.
 */
final class AlterViewApplier {
    private final SchemaModel model;
    private final NameErrors errors;
    private final Diagnostics diagnostics;

    AlterViewApplier(SchemaModel model, NameErrors errors, Diagnostics diagnostics) {
        this.model = model;
        this.errors = errors;
        this.diagnostics = diagnostics;
    }

    void apply(SourceFile file, List<Token> tokens) {
        int i = 2;
        boolean ifExists = DdlTokens.startsWith(tokens.subList(Math.min(i, tokens.size()), tokens.size()), "IF", "EXISTS");
        i += ifExists ? 2 : 0;
        if (i >= tokens.size()) {
            return;
        }
        int nameStart = tokens.get(i).start();
        StringBuilder raw = new StringBuilder(tokens.get(i).text());
        int nameEnd = tokens.get(i).end();
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).is('.')) {
            raw.append('.').append(tokens.get(i + 1).text());
            nameEnd = tokens.get(i + 1).end();
            i += 2;
        }
        List<Token> action = tokens.subList(i, tokens.size());
        boolean renameTo = DdlTokens.startsWith(action, "RENAME", "TO") && action.size() == 3;
        boolean setSchema = DdlTokens.startsWith(action, "SET", "SCHEMA") && action.size() == 3;
        boolean renameColumn = DdlTokens.startsWith(action, "RENAME") && !renameTo;
        if (!renameTo && !setSchema && !renameColumn) {
            return;
        }
        QualifiedName name = model.ids().qualified(raw.toString());
        Optional<View> found = model.view(name).filter(v -> !v.tableAsSelect());
        Span at = new Span(file, nameStart, nameEnd);
        if (found.isEmpty()) {
            if (!ifExists) {
                errors.unknownView(at, name);
            }
            return;
        }
        View view = found.get();
        if (renameColumn) {
            diagnostics.error("unsupported-ddl", new Span(file, action.get(0).start(), action.get(action.size() - 1).end()),
                    "Quarry does not rename a view's columns: they come from its query",
                    "define the view anew with CREATE OR REPLACE VIEW ... AS SELECT ... AS new_name");
            return;
        }
        Token target = action.get(2);
        Span targetAt = new Span(file, target.start(), target.end());
        String newSchema = setSchema ? model.ids().name(target.text()) : view.schema();
        String newName = renameTo ? model.ids().name(target.text()) : view.name();
        QualifiedName moved = new QualifiedName(newSchema, newName);
        if (setSchema && !errors.schemaExists(targetAt, moved)) {
            return;
        }
        if (model.relationIn(moved)) {
            diagnostics.error("duplicate-table", targetAt, "relation \"" + newSchema + "." + newName
                    + "\" already exists", null);
            return;
        }
        ViewTableReferences.retarget(model, new QualifiedName(view.schema(), view.name()), moved);
        model.replaceView(view, view.withSchema(newSchema).withName(newName));
    }
}
