package dev.quarry.core.types;

import java.util.List;
import java.util.function.Function;

/**
 * One entry of MySQL's hand-kept function table: {@code params} gives the parameter types, the last
 * repeated for further arguments, {@link SqlType#UNKNOWN} where any value is taken as it is (an
 * untyped argument then stays untyped); {@code maxArgs} of -1 means no limit; {@code result} gives
 * the result type from the argument types.
 */
record MysqlFunction(String name, int minArgs, int maxArgs, List<SqlType> params,
        Function<List<SqlType>, SqlType> result, Kind kind, boolean strict) {

    enum Kind {
        SCALAR,
        AGGREGATE,
        WINDOW
    }

    MysqlFunction {
        params = List.copyOf(params);
    }

    boolean accepts(int args) {
        return args >= minArgs && (maxArgs < 0 || args <= maxArgs);
    }

    SqlType param(int index) {
        return params.isEmpty() ? SqlType.UNKNOWN : params.get(Math.min(index, params.size() - 1));
    }
}
