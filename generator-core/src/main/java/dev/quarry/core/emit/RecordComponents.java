package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
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
        return javaNames(columns.stream().map(ColumnIr::name).toList());
    }

    private static List<String> javaNames(List<String> sqlNames) {
        List<String> names = sqlNames.stream()
                .map(JavaNames::camelCase)
                .map(n -> OBJECT_METHODS.contains(n) ? n + "_" : n)
                .toList();
        return JavaNames.distinct(names, Set.of());
    }

    /** One component: its SQL-side name (for the Java name), its type, and its Javadoc text. */
    record Component(String sqlName, TypeName type, String doc) {}

    static TypeSpec record(ClassName name, List<ColumnIr> columns, JavaTypeMapper types, String javadoc,
            String[] qualify) {
        return record(name, columns.stream().map(c -> column(c, types)).toList(), javadoc, qualify);
    }

    static TypeSpec record(ClassName name, List<Component> components, String javadoc, String[] qualify) {
        return record(name, components, javadoc, qualify, List.of());
    }

    static Component column(ColumnIr column, JavaTypeMapper types) {
        String doc = column.name() + " " + column.sqlType().name();
        if (column.nullable() && column.nullableReason() != null) {
            doc += ", nullable: " + column.nullableReason();
        }
        if (column.comment() != null) {
            // the COMMENT ON COLUMN text first, as a description should read
            doc = column.comment() + " (" + doc + ")";
        }
        return new Component(column.name(), types.javaType(column), doc);
    }

    static TypeSpec record(ClassName name, List<Component> components, String javadoc, String[] qualify,
            List<com.palantir.javapoet.AnnotationSpec> annotations) {
        List<String> names = javaNames(components.stream().map(Component::sqlName).toList());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        StringBuilder doc = new StringBuilder(javadoc).append('\n');
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            constructor.addParameter(ParameterSpec.builder(component.type(), names.get(i)).build());
            doc.append("\n@param ").append(names.get(i)).append(' ').append(JavadocText.escape(component.doc()));
        }
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .alwaysQualify(qualify)
                .addJavadoc("$L", doc.toString())
                .addAnnotations(annotations)
                .recordConstructor(constructor.build())
                .build();
    }
}
