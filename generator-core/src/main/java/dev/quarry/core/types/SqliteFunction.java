package dev.quarry.core.types;

import java.util.List;

/**
 * One entry of SQLite's hand-written function table. {@code params} gives the parameter types, the
 * last repeated for further arguments, {@link SqlType#UNKNOWN} where any value is taken as it is;
 * {@code maxArgs} of -1 means no limit.
 */
record SqliteFunction(String name, int minArgs, int maxArgs, List<SqlType> params, SqliteResult result, Kind kind,
        boolean strict) {

    enum Kind {
        SCALAR,
        AGGREGATE,
        WINDOW
    }

    SqliteFunction {
        params = List.copyOf(params);
    }

    boolean accepts(int args) {
        return args >= minArgs && (maxArgs < 0 || args <= maxArgs);
    }

    SqlType param(int index) {
        return params.isEmpty() ? SqlType.UNKNOWN : params.get(Math.min(index, params.size() - 1));
    }
}
