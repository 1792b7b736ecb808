package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.core.ir.ColumnIr;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A record with one component per column, shared by table and row records. */
final class RecordComponents {
    /** Accessors of these names would clash with {@code Object}'s methods. */
    private static final Set<String> OBJECT_METHODS =
            Set.of("hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private RecordComponents() {}

    /** Java component names for columns: camelCase, distinct, in column order. */
    static List<String> names(List<ColumnIr> columns) {
        List<String> names = columns.stream()
                .map(c -> JavaNames.camelCase(c.name()))
                .map(n -> OBJECT_METHODS.contains(n) ? n + "_" : n)
                .toList();
        return JavaNames.distinct(names, Set.of());
    }

    static TypeSpec record(ClassName name, List<ColumnIr> columns, JavaTypeMapper types, String javadoc,
            String[] qualify) {
        List<String> names = names(columns);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        StringBuilder doc = new StringBuilder(javadoc).append('\n');
        for (int i = 0; i < columns.size(); i++) {
            ColumnIr column = columns.get(i);
            constructor.addParameter(ParameterSpec.builder(types.javaType(column.sqlType(), column.nullable()),
                    names.get(i)).build());
            doc.append("\n@param ").append(names.get(i)).append(' ');
            if (column.comment() != null) {
                // the COMMENT ON COLUMN text first, as a description should read
                doc.append(JavadocText.escape(column.comment())).append(" (");
            }
            doc.append(JavadocText.escape(column.name() + " " + column.sqlType().name()));
            if (column.nullable() && column.nullableReason() != null) {
                doc.append(", nullable: ").append(JavadocText.escape(column.nullableReason()));
            }
            if (column.comment() != null) {
                doc.append(')');
            }
        }
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .alwaysQualify(qualify)
                .addJavadoc("$L", doc.toString())
                .recordConstructor(constructor.build())
                .build();
    }
}
