package dev.quarry.core.analyze;

import dev.quarry.core.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * The type of an expression as the analysis sees it.
 *
 * @param reason why the value can be NULL, when {@code nullable}
 * @param origin what kind of expression it is, where that matters for inference: an untyped
 *     literal or parameter takes its type from its context, as in PostgreSQL
 * @param paramSlot the JDBC position when the expression is a bare parameter, else 0
 */
record Typed(SqlType type, boolean nullable, @Nullable String reason, Origin origin, int paramSlot) {

    enum Origin {
        VALUE,
        /** A string literal: PostgreSQL's "unknown" type, resolved by context. */
        UNTYPED_LITERAL,
        NULL_LITERAL,
        PARAMETER
    }

    static Typed of(SqlType type, boolean nullable, @Nullable String reason) {
        return new Typed(type, nullable, nullable ? reason : null, Origin.VALUE, 0);
    }

    static Typed nonNull(SqlType type) {
        return new Typed(type, false, null, Origin.VALUE, 0);
    }

    static Typed nullable(SqlType type, String reason) {
        return new Typed(type, true, reason, Origin.VALUE, 0);
    }

    /** Whether the type still has to come from the context. */
    boolean isUntyped() {
        return type instanceof SqlType.Unknown;
    }

    boolean isParameter() {
        return paramSlot > 0;
    }

    Typed withType(SqlType newType) {
        return new Typed(newType, nullable, reason, origin, paramSlot);
    }

    Typed asValue() {
        return new Typed(type, nullable, reason, Origin.VALUE, 0);
    }

    Typed withNullable(boolean newNullable, @Nullable String newReason) {
        return new Typed(type, newNullable, newNullable ? newReason : null, origin, paramSlot);
    }
}
