package dev.quarry.core.golden;

import dev.quarry.core.testing.InMemoryJavaCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;

/** The expected Java tree of a golden folder, compiled in memory, with a queries class to call by reflection. */
final class GoldenProgram {
    private static final String PACKAGE = "com.example.golden";
    private final ClassLoader loader;
    private final Class<?> queriesClass;
    private Object queries;

    GoldenProgram(GoldenFolder folder, String queriesClassName, Connection connection) throws ReflectiveOperationException {
        this.loader = InMemoryJavaCompiler.compile(folder.expectedSources()).orThrow();
        this.queriesClass = loader.loadClass(PACKAGE + "." + queriesClassName);
        this.queries = queriesClass.getConstructor(Connection.class).newInstance(connection);
    }

    Class<?> type(String simpleName) {
        try {
            return loader.loadClass(PACKAGE + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A generated record (a params record, say), built by its canonical constructor. */
    Object record(String simpleName, Object... components) {
        try {
            Class<?> type = loader.loadClass(PACKAGE + "." + simpleName);
            return type.getDeclaredConstructors()[0].newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls further methods on the queries copy that {@code method} (withTimeout, withOptions) returns. */
    void switchTo(String method, Object argument) {
        queries = call(method, argument);
    }

    Class<?> loadClass(String name) throws ClassNotFoundException {
        return loader.loadClass(name);
    }

    Object call(String method, Object... args) {
        for (Method m : queriesClass.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(queries, args);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(method + " failed", e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + method + "/" + args.length + " on " + queriesClass);
    }
}
