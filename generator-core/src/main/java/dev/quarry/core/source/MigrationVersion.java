package dev.quarry.core.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration's version as the tools compare it: numbers separated by dots or underscores, each
 * compared as a number ({@code 2 < 10}, {@code 1.9 < 1.10}); trailing zero parts do not count
 * ({@code 1.1} equals {@code 1.1.0}), as in Flyway.
 */
public record MigrationVersion(List<BigInteger> parts) implements Comparable<MigrationVersion> {
    private static final Pattern VERSION = Pattern.compile("\\d+([._]\\d+)*");

    public MigrationVersion {
        parts = List.copyOf(parts);
    }

    /** Reads {@code 1}, {@code 1.2}, {@code 1_10}, {@code 20240101120000}; empty for anything else. */
    public static Optional<MigrationVersion> parse(String text) {
        Matcher m = VERSION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        return Optional.of(new MigrationVersion(parts));
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int n = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
