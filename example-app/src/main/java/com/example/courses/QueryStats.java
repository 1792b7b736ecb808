package com.example.courses;

import dev.quarry.runtime.QueryEvent;
import dev.quarry.runtime.QueryListener;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A small metrics adapter over Quarry's listener SPI: per query its calls, errors, rows and total
 * and slowest durations, printed as a table. A real service would feed Micrometer or OpenTelemetry
 * from the same two callbacks.
 */
final class QueryStats implements QueryListener {
    private final Map<String, Stat> stats = new ConcurrentHashMap<>();

    private static final class Stat {
        long calls;
        long errors;
        long rows;
        long totalNanos;
        long maxNanos;
    }

    @Override
    public void onSuccess(QueryEvent event) {
        record(event, false);
    }

    @Override
    public void onError(QueryEvent event, RuntimeException error) {
        record(event, true);
    }

    private void record(QueryEvent event, boolean failed) {
        Stat stat = stats.computeIfAbsent(event.queryName() + " (" + event.sourceLocation() + ")", k -> new Stat());
        synchronized (stat) {
            stat.calls++;
            stat.errors += failed ? 1 : 0;
            stat.rows += Math.max(0, event.rowCount());
            stat.totalNanos += event.durationNanos();
            stat.maxNanos = Math.max(stat.maxNanos, event.durationNanos());
        }
    }

    void print() {
        System.out.println("\n== query stats (a QueryListener)");
        System.out.printf("  %-52s %5s %6s %6s %9s %9s%n", "query", "calls", "errors", "rows", "total ms", "max ms");
        new TreeMap<>(stats).forEach((query, s) -> System.out.printf("  %-52s %5d %6d %6d %9.2f %9.2f%n", query,
                s.calls, s.errors, s.rows, millis(s.totalNanos), millis(s.maxNanos)));
    }

    private static double millis(long nanos) {
        return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}
