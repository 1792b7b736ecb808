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

    /** Java component names for columns: camelCase or renamed, distinct, in column order. */
    static List<String> names(List<ColumnIr> columns, MemberNames members) {
        return javaNames(columns.stream().map(ColumnIr::name).toList(), members);
    }

    private static List<String> javaNames(List<String> sqlNames, MemberNames members) {
        List<String> names = sqlNames.stream()
                .map(members::of)
                .map(n -> OBJECT_METHODS.contains(n) ? n + "_" : n)
                .toList();
        return JavaNames.distinct(names, Set.of());
    }

    /** One component: its SQL-side name (for the Java name), its type, and its Javadoc text. */
    record Component(String sqlName, TypeName type, String doc) {}

    static TypeSpec record(ClassName name, List<ColumnIr> columns, JavaTypeMapper types, String javadoc,
            ProjectNames names) {
        return record(name, columns.stream().map(c -> column(c, types)).toList(), javadoc, names, List.of());
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

    /** @param project the project's names: the types to qualify and how components are named */
    static TypeSpec record(ClassName name, List<Component> components, String javadoc, ProjectNames project,
            List<com.palantir.javapoet.AnnotationSpec> annotations) {
        String[] qualify = project.shadowedJavaLangNames();
        List<String> names = javaNames(components.stream().map(Component::sqlName).toList(), project.members());
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
