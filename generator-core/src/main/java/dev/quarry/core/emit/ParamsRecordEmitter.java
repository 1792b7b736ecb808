package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.QueryIr;
import java.util.ArrayList;
import java.util.List;

/** The record of one parameter set of a batch or copy query with several parameters. */
final class ParamsRecordEmitter {
    private final JavaTypeMapper types;
    private final ProjectNames names;

    ParamsRecordEmitter(JavaTypeMapper types, ProjectNames names) {
        this.types = types;
        this.names = names;
    }

    /**
     * The parameters as columns, so they get the same component names and types as row records;
     * a parameter written into a column keeps it as origin, so the column's type override applies.
     */
    static List<ColumnIr> columns(QueryIr query) {
        return query.params().stream().map(p -> new ColumnIr(p.name(), p.sqlType(), p.nullable(), null, p.column()))
                .toList();
    }

    TypeSpec emit(QueryIr query, ClassName name) {
        String doc = "One parameter set of query {@code " + JavadocText.escape(query.name()) + "} ("
                + JavadocText.escape(query.file() + ":" + query.line()) + ").";
        List<ColumnIr> columns = columns(query);
        List<RecordComponents.Component> components = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            RecordComponents.Component c = RecordComponents.column(columns.get(i), types);
            if (query.params().get(i).slice()) {
                c = new RecordComponents.Component(c.sqlName(), ParameterizedTypeName.get(ClassName.get(List.class),
                        c.type().box()), c.doc() + ", a list: one placeholder per element");
            }
            components.add(c);
        }
        return RecordComponents.record(name, components, doc, names, List.of(RuntimeTypes.sqlSource(query)));
    }
}
