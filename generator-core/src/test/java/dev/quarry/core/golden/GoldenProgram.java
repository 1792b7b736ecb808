package dev.quarry.core.golden;

import dev.quarry.core.testing.InMemoryJavaCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;

/** The expected Java tree of a golden folder, compiled in memory, with a queries class to call by reflection. */
final class GoldenProgram {
    private static final String PACKAGE = "com.example.golden";
    private final Class<?> queriesClass;
    private final Object queries;

    GoldenProgram(GoldenFolder folder, String queriesClassName, Connection connection) throws ReflectiveOperationException {
        ClassLoader loader = InMemoryJavaCompiler.compile(folder.expectedSources()).orThrow();
        this.queriesClass = loader.loadClass(PACKAGE + "." + queriesClassName);
        this.queries = queriesClass.getConstructor(Connection.class).newInstance(connection);
    }

    Class<?> loadClass(String name) throws ClassNotFoundException {
        return queriesClass.getClassLoader().loadClass(name);
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
