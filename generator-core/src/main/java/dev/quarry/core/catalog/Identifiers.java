package dev.quarry.core.catalog;

import dev.quarry.core.config.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How an engine reads names. Quoted names ({@code "x"}, and for SQLite also {@code [x]} and
 * {@code `x`}) keep their case without the quotes; unquoted PostgreSQL names fold to lower case.
 * PostgreSQL compares the results exactly, SQLite ignores case.
 */
final class Identifiers {
    private final Engine engine;
    private final List<String> searchPath;

    Identifiers(Engine engine) {
        this(engine, List.of());
    }

    /** {@code searchPath} as configured (names as written); empty means the engine's default schema. */
    Identifiers(Engine engine, List<String> searchPath) {
        this.engine = engine;
        List<String> path = new ArrayList<>();
        searchPath.forEach(s -> path.add(name(s)));
        this.searchPath = path.isEmpty() ? List.of(engine.defaultSchema()) : List.copyOf(path);
    }

    /**
     * Whether a view follows the tables it reads through renames: PostgreSQL binds a view to its
     * tables and SQLite (3.26+) rewrites view definitions on RENAME; MySQL and MariaDB keep the
     * view's text, which then names a table that is gone.
     */
    boolean viewsFollowRenames() {
        return !engine.isMysqlFamily();
    }

    /** Where unqualified names are created: the first schema of the search path. */
    String defaultSchema() {
        return searchPath.get(0);
    }

    /** The schemas unqualified names are looked up in, in order. */
    List<String> searchPath() {
        return searchPath;
    }

    /** The name a raw identifier (as written, possibly quoted) denotes. */
    String name(String raw) {
        String s = raw.trim();
        int n = s.length();
        if (n >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(n - 1);
            if (first == '"' && last == '"') {
                return s.substring(1, n - 1).replace("\"\"", "\"");
            }
            if (first == '`' && last == '`') {
                return s.substring(1, n - 1).replace("``", "`");
            }
            if (first == '[' && last == ']') {
                return s.substring(1, n - 1);
            }
        }
        return engine == Engine.POSTGRESQL ? s.toLowerCase(Locale.ROOT) : s;
    }

    boolean same(String a, String b) {
        return engine == Engine.POSTGRESQL ? a.equals(b) : a.equalsIgnoreCase(b);
    }

    /** A possibly schema-qualified name; a missing schema is the engine's default. */
    QualifiedName qualified(@Nullable String rawSchema, String rawName) {
        String schema = rawSchema == null || rawSchema.isBlank() ? defaultSchema() : name(rawSchema);
        return new QualifiedName(schema, name(rawName));
    }

    /** Splits {@code a.b} or {@code "a"."b"} at dots outside quotes. */
    QualifiedName qualified(String rawDotted) {
        List<String> parts = splitDotted(rawDotted);
        String last = parts.get(parts.size() - 1);
        return parts.size() == 1 ? qualified(null, last) : qualified(parts.get(parts.size() - 2), last);
    }

    static List<String> splitDotted(String raw) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '.') {
                parts.add(raw.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(raw.substring(start).trim());
        return parts;
    }

    /** A name in a schema, both as the engine reads them. */
    record QualifiedName(String schema, String name) {
        @Override
        public String toString() {
            return schema + "." + name;
        }
    }
}
