package dev.quarry.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline of DESIGN.md as rules: each stage depends only on earlier ones. The IR is the
 * value analysis produces and emission reads, so in dependency order it comes before analysis:
 * it depends on nothing but the SQL type model.
 */
class ArchitectureTest {
    private static final List<String> STAGES = List.of(
            "source", "diag", "config", "types", "ir", "parse", "catalog", "analyze", "emit");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.quarry.core");

    @Test
    void eachStageDependsOnlyOnEarlierStages() {
        for (int i = 0; i < STAGES.size(); i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).stream()
                    .map(s -> "dev.quarry.core." + s + "..").toArray(String[]::new);
            if (later.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage("dev.quarry.core." + STAGES.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("the pipeline runs " + String.join(" -> ", STAGES))
                    .check(CLASSES);
        }
    }

    @Test
    void onlyParsingCatalogAndAnalysisSeeJSqlParser() {
        noClasses().that().resideInAnyPackage("dev.quarry.core.ir..", "dev.quarry.core.emit..", "dev.quarry.core.types..",
                        "dev.quarry.core.config..", "dev.quarry.core.source..", "dev.quarry.core.diag..")
                .should().dependOnClassesThat().resideInAPackage("net.sf.jsqlparser..")
                .check(CLASSES);
    }

    @Test
    void onlyEmissionUsesJavaPoet() {
        noClasses().that().resideOutsideOfPackage("dev.quarry.core.emit..")
                .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet..")
                .check(CLASSES);
    }

    @Test
    void theGeneratorNeverDependsOnTheRuntimeJar() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.quarry.runtime..").check(CLASSES);
    }
}
