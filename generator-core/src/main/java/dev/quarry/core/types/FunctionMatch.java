package dev.quarry.core.types;

import java.util.List;

/** A resolved function or operator: the chosen overload with polymorphic types made concrete. */
public record FunctionMatch(
        String name,
        List<SqlType> paramTypes,
        SqlType returnType,
        boolean strict,
        boolean aggregate,
        boolean window,
        boolean returnsSet,
        boolean variadic) {}
