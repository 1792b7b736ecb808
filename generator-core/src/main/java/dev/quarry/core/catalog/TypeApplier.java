package dev.quarry.core.catalog;

import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.Span;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.type.EnumTypeDefinition;

/**
 * Applies CREATE TYPE ... AS ENUM and DROP TYPE. Composite and range types are not modelled yet:
 * columns of those types resolve to a named scalar Quarry has no mapping for.
 */
final class TypeApplier {
    private final SchemaModel model;
    private final NameErrors errors;

    TypeApplier(SchemaModel model, NameErrors errors) {
        this.model = model;
        this.errors = errors;
    }

    void create(DdlStatement st, CreateType create) {
        if (!(create.getDefinition() instanceof EnumTypeDefinition definition)) {
            return;
        }
        QualifiedName name = model.ids().qualified(create.getName());
        if (!errors.schemaExists(st.nameSpan(create.getName()), name)) {
            return;
        }
        if (model.enumType(name).isPresent()) {
            errors.duplicateType(st.nameSpan(create.getName()), name);
            return;
        }
        List<StringValue> labels = definition.getLabels() == null ? List.of() : definition.getLabels();
        model.addEnum(new SqlType.Enum(name.schema(), name.name(), labels.stream().map(TypeApplier::label).toList()));
    }

    void drop(SourceFile file, DropListReader.DropList drop) {
        for (DropListReader.Name raw : drop.names()) {
            QualifiedName name = model.ids().qualified(raw.raw());
            Optional<SqlType.Enum> existing = model.enumType(name);
            if (existing.isPresent()) {
                model.dropEnum(existing.get());
            } else if (!drop.ifExists()) {
                errors.unknownType(new Span(file, raw.start(), raw.end()), name);
            }
        }
    }

    /** The label's value: without quotes, doubled quotes undone. */
    private static String label(StringValue value) {
        return value.getValue().replace("''", "'");
    }
}
