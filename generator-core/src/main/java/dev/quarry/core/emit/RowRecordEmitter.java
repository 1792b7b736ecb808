package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
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
        return RecordComponents.record(name, query.columns(), types, doc, names.shadowedJavaLangNames());
    }
}
