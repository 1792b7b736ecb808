package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT e] [[CONSTRAINT n] NOT NULL |
 * NULL | CHECK (...)] ...}: columns of the domain get its base type, and NOT NULL on the domain
 * makes them NOT NULL (as the server enforces it). JSqlParser 5.4 does not parse CREATE DOMAIN.
 */
final class DomainApplier {
    private static final Set<String> TYPE_ENDS = Set.of("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK");

    private final SchemaModel model;
    private final ColumnReader columns;
    private final NameErrors errors;
    private final Diagnostics diagnostics;

    DomainApplier(SchemaModel model, ColumnReader columns, NameErrors errors, Diagnostics diagnostics) {
        this.model = model;
        this.columns = columns;
        this.errors = errors;
        this.diagnostics = diagnostics;
    }

    void apply(SourceFile file, List<Token> tokens) {
        int i = 2; // CREATE DOMAIN
        StringBuilder rawName = new StringBuilder();
        int nameStart = i;
        while (i < tokens.size() && (i == nameStart || tokens.get(i).is('.') || tokens.get(i - 1).is('.'))) {
            rawName.append(tokens.get(i).text());
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isWord("AS")) {
            i++;
        }
        int typeStart = i;
        int depth = 0;
        while (i < tokens.size() && (depth > 0 || !TYPE_ENDS.contains(tokens.get(i).upper()))) {
            depth += tokens.get(i).is('(') ? 1 : tokens.get(i).is(')') ? -1 : 0;
            i++;
        }
        if (rawName.isEmpty() || i == typeStart) {
            diagnostics.error("parse-error", Span.at(file, tokens.get(0).start()), "cannot read CREATE DOMAIN statement",
                    "expected CREATE DOMAIN name [AS] type [NOT NULL] [DEFAULT ...] [CHECK (...)]");
            return;
        }
        boolean notNull = false;
        for (int k = i; k < tokens.size(); k++) {
            depth += tokens.get(k).is('(') ? 1 : tokens.get(k).is(')') ? -1 : 0;
            if (depth == 0 && tokens.get(k).isWord("NOT") && k + 1 < tokens.size() && tokens.get(k + 1).isWord("NULL")) {
                notNull = true;
            }
        }
        QualifiedName name = model.ids().qualified(rawName.toString());
        Span at = new Span(file, tokens.get(nameStart).start(), tokens.get(typeStart - 1).end());
        if (!errors.schemaExists(at, name)) {
            return;
        }
        if (model.userType(name.schema() + "." + name.name(), name.schema()).isPresent()) {
            errors.duplicateType(at, name);
            return;
        }
        String declared = file.text().substring(tokens.get(typeStart).start(), tokens.get(i - 1).end());
        SqlType base = columns.resolveType(declared, name.schema());
        model.addDomain(new SchemaModel.Domain(name, base, notNull));
    }
}
