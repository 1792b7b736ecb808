package dev.quarry.core.types;

import java.util.List;

/**
 * The function or operator a call resolved to. {@code paramTypes} are the parameter types after
 * overload and polymorphic resolution, one per argument of the call (variadic arguments expanded),
 * so an untyped argument takes the type at its position; {@code returnType} is likewise resolved.
 */
public record FunctionMatch(
        String name,
        List<SqlType> paramTypes,
        SqlType returnType,
        boolean strict,
        boolean aggregate,
        boolean window,
        boolean returnsSet,
        boolean variadic) {

    public FunctionMatch {
        paramTypes = List.copyOf(paramTypes);
    }
}
