package dev.quarry.core.types;

/** A {@code pg_cast} row: in which context it applies and how it converts. */
record PgCast(String source, String target, CoercionContext context, char method) {

    /** PostgreSQL's coercion contexts, weakest first: a cast allowed in one is allowed in later ones. */
    enum CoercionContext {
        IMPLICIT,
        ASSIGNMENT,
        EXPLICIT;

        static CoercionContext of(char castcontext) {
            return switch (castcontext) {
                case 'i' -> IMPLICIT;
                case 'a' -> ASSIGNMENT;
                case 'e' -> EXPLICIT;
                default -> throw new IllegalArgumentException("castcontext " + castcontext);
            };
        }
    }

    boolean isFunction() {
        return method == 'f';
    }
}
