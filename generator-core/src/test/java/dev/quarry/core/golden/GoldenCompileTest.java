package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.emit.GeneratedFile;
import dev.quarry.core.testing.InMemoryJavaCompiler;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every expected Java tree of the golden folders compiles against the runtime with no errors. */
class GoldenCompileTest {

    @TestFactory
    Stream<DynamicTest> expectedTreesCompile() {
        List<GoldenFolder> withTrees = GoldenFolder.all().stream()
                .filter(f -> !f.expectedFiles().isEmpty())
                .toList();
        assertTrue(withTrees.size() >= 1, "no expected trees");
        return withTrees.stream().map(folder -> DynamicTest.dynamicTest(folder.id(), folder.dir().toUri(), () -> {
            List<GeneratedFile> sources = folder.expectedSources();
            InMemoryJavaCompiler.compile(sources).orThrow();
        }));
    }
}
