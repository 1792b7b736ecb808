package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.core.ir.TableIr;

/** The model record of a table, named by the singular of its name ({@code users -> User}). */
final class TableRecordEmitter {
    private final JavaTypeMapper types;
    private final ProjectNames names;

    TableRecordEmitter(JavaTypeMapper types, ProjectNames names) {
        this.types = types;
        this.names = names;
    }

    TypeSpec emit(TableIr table) {
        ClassName name = names.table(table.schema(), table.name()).orElseThrow();
        String doc = "A row of table {@code " + JavadocText.escape(table.schema() + "." + table.name()) + "}.";
        if (table.comment() != null) {
            doc = JavadocText.escape(table.comment()) + "\n\n<p>" + doc;
        }
        return RecordComponents.record(name, table.columns(), types, doc, names);
    }
}
