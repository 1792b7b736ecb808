package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.core.ir.EnumIr;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A Java enum for a SQL enum; each constant carries its SQL label. */
final class EnumEmitter {
    /** Constant names that would clash with the members every enum has. */
    private static final Set<String> RESERVED = Set.of("VALUES", "VALUE_OF");

    private final ProjectNames names;

    EnumEmitter(ProjectNames names) {
        this.names = names;
    }

    /** UPPER_SNAKE constant names for labels, distinct, in label order. */
    static List<String> constantNames(List<String> labels) {
        return JavaNames.distinct(labels.stream().map(JavaNames::upperSnake).toList(), RESERVED);
    }

    TypeSpec emit(EnumIr e) {
        ClassName name = names.enumType(e.schema(), e.name()).orElseThrow();
        List<String> constants = constantNames(e.labels());
        TypeSpec.Builder type = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.SQL_ENUM)
                .alwaysQualify(names.shadowedJavaLangNames())
                .addJavadoc("The SQL enum {@code $L}.", JavadocText.escape(e.schema() + "." + e.name()));
        CodeBlock.Builder lookup = CodeBlock.builder().add("return switch (literal) {\n$>");
        for (int i = 0; i < constants.size(); i++) {
            type.addEnumConstant(constants.get(i), TypeSpec.anonymousClassBuilder("$S", e.labels().get(i)).build());
            lookup.add("case $S -> $N;\n", e.labels().get(i), constants.get(i));
        }
        lookup.add("default -> throw new $T($S + $T.class.getSimpleName() + $S + literal + $S);\n$<};\n",
                IllegalArgumentException.class, "unknown label of ", name, ": '", "'");
        return type
                .addField(String.class, "literal", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "literal")
                        .addStatement("this.literal = literal")
                        .build())
                .addMethod(MethodSpec.methodBuilder("literal")
                        .addJavadoc("The label as the database stores it.")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return literal")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromLiteral")
                        .addJavadoc("The constant for a label; IllegalArgumentException for an unknown one.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(String.class, "literal")
                        .addCode(lookup.build())
                        .build())
                .build();
    }
}
