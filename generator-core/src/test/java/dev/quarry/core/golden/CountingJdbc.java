package dev.quarry.core.golden;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * JDBC objects wrapped in {@link Proxy} handles that count every connection, statement and result
 * set opened and closed, so a test can show that generated code closes all it opens.
 */
final class CountingJdbc {
    final Map<String, AtomicInteger> opened = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> closed = new ConcurrentHashMap<>();

    /** Counts {@code kind} opened; closing the handle counts it closed (once). */
    private <T> T track(String kind, Class<T> type, T target, boolean closeTarget) {
        count(opened, kind);
        boolean[] done = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("close")) {
                if (!done[0]) {
                    done[0] = true;
                    count(closed, kind);
                }
                if (!closeTarget) {
                    return null;
                }
            } else if (name.equals("isClosed") && !closeTarget) {
                return done[0];
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof ResultSet rs && target instanceof Statement) {
                return track("ResultSet", ResultSet.class, rs, true);
            } else if (result instanceof PreparedStatement ps && target instanceof Connection) {
                return track("Statement", PreparedStatement.class, ps, true);
            } else if (result instanceof Statement st && target instanceof Connection) {
                return track("Statement", Statement.class, st, true);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static void count(Map<String, AtomicInteger> counts, String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    int opened(String kind) {
        return opened.getOrDefault(kind, new AtomicInteger()).get();
    }

    int closed(String kind) {
        return closed.getOrDefault(kind, new AtomicInteger()).get();
    }

    /** A data source whose connections (from {@code connections}) and everything they open are counted. */
    DataSource dataSource(Supplier<Connection> connections, boolean closePhysical) {
        return (DataSource) Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> track("Connection", Connection.class, connections.get(), closePhysical);
                    case "getLogWriter" -> (PrintWriter) null;
                    case "getParentLogger" -> Logger.getGlobal();
                    case "isWrapperFor" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "CountingDataSource";
                    default -> throw new SQLException("not supported: " + method.getName());
                });
    }
}
