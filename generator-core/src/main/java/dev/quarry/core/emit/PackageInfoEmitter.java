package dev.quarry.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * {@code package-info.java} marking the generated package {@code @NullMarked}. JavaPoet can only
 * write type declarations, so this one file is assembled from JavaPoet's own rendering of the
 * annotation and the import.
 */
final class PackageInfoEmitter {
    private static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

    private PackageInfoEmitter() {}

    static GeneratedFile emit(String javaPackage) {
        String annotation = AnnotationSpec.builder(ClassName.get("", NULL_MARKED.simpleName())).build().toString();
        String content = "// " + JavaEmitter.HEADER + "\n"
                + annotation + "\n"
                + "package " + javaPackage + ";\n\n"
                + "import " + NULL_MARKED.canonicalName() + ";\n";
        return new GeneratedFile(javaPackage.replace('.', '/') + "/package-info.java", content);
    }
}
