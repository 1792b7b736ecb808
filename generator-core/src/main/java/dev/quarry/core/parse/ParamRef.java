package dev.quarry.core.parse;

import org.jspecify.annotations.Nullable;

/**
 * One parameter placeholder as written in a query, before it was replaced by {@code ?}.
 *
 * @param slot 1-based JDBC position of the {@code ?} that replaced it
 * @param number for {@code $N}, N; otherwise 0
 * @param name for named forms ({@code @x}, {@code :x}, {@code sqlc.arg(x)}), the name; otherwise null
 * @param start offset of the placeholder in the statement as written
 * @param end offset just past it
 */
public record ParamRef(int slot, Style style, int number, @Nullable String name, int start, int end) {

    public enum Style {
        /** {@code $1}: numbered; the same number is the same parameter. */
        DOLLAR,
        /** {@code ?}: each occurrence is its own parameter. */
        QUESTION,
        /** {@code @name} or {@code :name}. */
        NAMED,
        /** {@code sqlc.arg(name)}. */
        SQLC_ARG,
        /** {@code sqlc.narg(name)}: forced nullable. */
        SQLC_NARG,
        /** {@code sqlc.slice(name)}: a list expanded at run time. */
        SQLC_SLICE
    }

    /** The key under which occurrences of the same parameter are merged. */
    public String key() {
        return switch (style) {
            case DOLLAR -> "$" + number;
            case QUESTION -> "?" + slot;
            default -> "@" + name;
        };
    }

    public boolean isNamed() {
        return name != null;
    }
}
