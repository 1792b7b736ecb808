package dev.quarry.core.types;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the generated PostgreSQL signature file: a function from {@code pg_proc} or an
 * operator from {@code pg_operator} (a prefix operator has one parameter). Types may be the
 * pseudo types of {@link PolymorphicKind}.
 */
record PgSignature(
        String name,
        List<SqlType> params,
        SqlType returnType,
        boolean aggregate,
        boolean window,
        boolean returnsSet,
        boolean strict,
        @Nullable SqlType variadicElement,
        int defaults) {

    PgSignature {
        params = List.copyOf(params);
    }
}
