package dev.quarry.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a query with {@code sqlc.slice} parameters, split once (when the queries class is
 * loaded) at its slice markers {@code /*SLICE:name*&#47;?}, so that each call only concatenates: a
 * list of n values becomes n placeholders {@code ?, ?, ...} (never the values themselves), and an
 * empty list becomes a subquery with no rows, so {@code x IN (...)} is false and
 * {@code x NOT IN (...)} true, as for an empty set. Lists of different lengths give different SQL
 * texts, each prepared (and cached by the driver) on its own.
 */
public final class SliceSql {
    private static final String MARKER = "/*SLICE:";

    private final String[] parts;
    private final String[] empties;
    private final int fixedLength;

    private SliceSql(String[] parts, String[] empties) {
        this.parts = parts;
        this.empties = empties;
        int length = 0;
        for (String part : parts) {
            length += part.length();
        }
        this.fixedLength = length;
    }

    /**
     * Splits {@code sql} at its slice markers.
     *
     * @param emptyLists per marker, in order, what an empty list expands to (a subquery returning no
     *     row of the element's type, such as {@code SELECT CAST(NULL AS int4) WHERE 1 = 0})
     */
    public static SliceSql of(String sql, String... emptyLists) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int marker = sql.indexOf(MARKER, from);
            if (marker < 0) {
                break;
            }
            int end = sql.indexOf("*/?", marker);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated slice marker in: " + sql);
            }
            parts.add(sql.substring(from, marker));
            from = end + 3;
        }
        parts.add(sql.substring(from));
        if (parts.size() - 1 != emptyLists.length) {
            throw new IllegalArgumentException((parts.size() - 1) + " slice markers but " + emptyLists.length
                    + " empty-list forms in: " + sql);
        }
        return new SliceSql(parts.toArray(String[]::new), emptyLists.clone());
    }

    /** How many slice markers the SQL has. */
    public int slices() {
        return empties.length;
    }

    /** The SQL with slice {@code i} expanded to {@code sizes[i]} placeholders. */
    public String expand(int... sizes) {
        if (sizes.length != empties.length) {
            throw new IllegalArgumentException("expected " + empties.length + " slice sizes, got " + sizes.length);
        }
        int length = fixedLength;
        for (int i = 0; i < sizes.length; i++) {
            length += sizes[i] == 0 ? empties[i].length() : 3 * sizes[i];
        }
        StringBuilder sql = new StringBuilder(length);
        for (int i = 0; i < sizes.length; i++) {
            sql.append(parts[i]);
            if (sizes[i] == 0) {
                sql.append(empties[i]);
            } else {
                sql.append('?');
                for (int k = 1; k < sizes[i]; k++) {
                    sql.append(", ?");
                }
            }
        }
        return sql.append(parts[parts.length - 1]).toString();
    }
}
