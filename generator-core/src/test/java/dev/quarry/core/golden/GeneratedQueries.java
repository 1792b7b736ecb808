package dev.quarry.core.golden;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import javax.sql.DataSource;

/** A generated queries class compiled from a golden folder, instantiated over any connection or data source. */
final class GeneratedQueries {
    private final Class<?> type;

    GeneratedQueries(GoldenProgram program, String simpleName) {
        this.type = program.type(simpleName);
    }

    Object over(Connection connection) {
        return construct(Connection.class, connection);
    }

    Object over(DataSource dataSource) {
        return construct(DataSource.class, dataSource);
    }

    private Object construct(Class<?> parameter, Object argument) {
        try {
            return type.getConstructor(parameter).newInstance(argument);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls {@code method} on {@code queries}; what the generated method throws is thrown as is. */
    static Object call(Object queries, String method, Object... args) {
        for (Method m : queries.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(queries, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(method + " failed", e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + method + "/" + args.length + " on " + queries.getClass());
    }
}
