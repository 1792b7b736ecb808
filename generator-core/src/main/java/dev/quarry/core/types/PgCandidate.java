package dev.quarry.core.types;

import java.util.List;

/**
 * A signature as a candidate for one call: its parameter list expanded to the call's argument
 * count (variadic element repeated, or trailing defaulted parameters dropped).
 */
record PgCandidate(PgSignature signature, List<SqlType> params, boolean variadicExpanded) {

    PgCandidate {
        params = List.copyOf(params);
    }
}
