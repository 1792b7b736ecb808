package dev.quarry.bench;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every benchmark class does at setup. */
final class BenchSettings {
    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final Logger JOOQ_LOGGER = Logger.getLogger("org.jooq");

    private BenchSettings() {}

    /** jOOQ prints a logo, tips and its version check at first use; they would land in the JMH output. */
    static void quietLibraries() {
        JOOQ_LOGGER.setLevel(Level.WARNING);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** Every contender must read the same rows into equal records, or the comparison means nothing. */
    static void checkSameRows(int expectedCount, List<? extends List<?>> results) {
        List<?> first = results.get(0);
        if (first.size() != expectedCount) {
            throw new IllegalStateException("expected " + expectedCount + " rows, got " + first.size());
        }
        for (int i = 1; i < results.size(); i++) {
            List<?> other = results.get(i);
            if (other.size() != first.size()) {
                throw new IllegalStateException("contender " + i + " read " + other.size() + " rows, not " + first.size());
            }
            for (int row = 0; row < first.size(); row++) {
                if (!first.get(row).equals(other.get(row))) {
                    throw new IllegalStateException("contender " + i + " read " + other.get(row) + " where contender 0 read "
                            + first.get(row));
                }
            }
        }
    }
}
