package dev.quarry.core.testing;

import dev.quarry.core.emit.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory against the test class path (so against the runtime and
 * the JDBC drivers) and loads them in a fresh class loader. Nothing touches the disk.
 */
public final class InMemoryJavaCompiler {

    private InMemoryJavaCompiler() {}

    /** The class loader holding the compiled classes, or javac's diagnostics when compilation failed. */
    public record Result(Optional<ClassLoader> classLoader, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        public boolean success() {
            return classLoader.isPresent();
        }

        /** The diagnostics as {@code path:line: kind: message} lines. */
        public String report() {
            return diagnostics.stream()
                    .map(d -> (d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                            + d.getKind() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
        }

        /** The class loader; fails with the diagnostics when compilation failed. */
        public ClassLoader orThrow() {
            return classLoader.orElseThrow(() -> new AssertionError("generated code does not compile:\n" + report()));
        }

        public List<Diagnostic<? extends JavaFileObject>> warnings() {
            return diagnostics.stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
        }
    }

    public static Result compile(List<GeneratedFile> files) {
        return compile(files, List.of("-Xlint:all", "-Xlint:-processing"));
    }

    public static Result compile(List<GeneratedFile> files, List<String> extraOptions) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                    Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            sources.add(new SimpleJavaFileObject(URI.create("mem:///" + file.relativePath()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return file.content();
                }
            });
        }
        List<String> options = new ArrayList<>(List.of(
                "--release", "17", "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        options.addAll(extraOptions);
        boolean ok = compiler.getTask(null, manager, diagnostics, options, null, sources).call();
        if (!ok) {
            return new Result(Optional.empty(), diagnostics.getDiagnostics());
        }
        Map<String, byte[]> bytes = new HashMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return new Result(Optional.of(new MemoryClassLoader(bytes)), diagnostics.getDiagnostics());
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes) {
            super(InMemoryJavaCompiler.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
