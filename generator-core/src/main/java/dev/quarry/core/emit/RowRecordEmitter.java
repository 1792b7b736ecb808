package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import dev.quarry.core.ir.QueryIr;

/** The row record of a query that returns several columns which are not exactly a table's. */
final class RowRecordEmitter {
    private final JavaTypeMapper types;
    private final ProjectNames names;

    RowRecordEmitter(JavaTypeMapper types, ProjectNames names) {
        this.types = types;
        this.names = names;
    }

    TypeSpec emit(QueryIr query, ClassName name) {
        String doc = "A row of query {@code " + JavadocText.escape(query.name()) + "} ("
                + JavadocText.escape(query.file() + ":" + query.line()) + ").";
        ResultShape shape = ResultShape.of(query, names);
        if (!(shape instanceof ResultShape.Record record)) {
            return RecordComponents.record(name, query.columns().stream().map(c -> RecordComponents.column(c, types))
                    .toList(), doc, names, List.of(RuntimeTypes.sqlSource(query)));
        }
        List<RecordComponents.Component> components = new ArrayList<>();
        for (ResultShape.Part part : record.parts()) {
            if (part instanceof ResultShape.ColumnPart c) {
                components.add(RecordComponents.column(c.column(), types));
            } else {
                ResultShape.EmbedPart e = (ResultShape.EmbedPart) part;
                TypeName type = e.embed().nullable() ? e.model().annotated(JavaTypeMapper.NULLABLE_ANNOTATION) : e.model();
                String why = e.embed().nullable() ? ", absent (null) when " + e.embed().nullableReason() : "";
                components.add(new RecordComponents.Component(e.embed().name(), type,
                        "the embedded row of " + e.embed().table().name() + why));
            }
        }
        return RecordComponents.record(name, components, doc, names,
                List.of(RuntimeTypes.sqlSource(query)));
    }
}
