package dev.quarry.core.types;

import java.util.Optional;

/**
 * PostgreSQL's pseudo types that take their actual type from the call ("any" included, which
 * takes any argument without tying it to the others). The range families are left out: Quarry
 * maps no range types.
 */
enum PolymorphicKind {
    ANYELEMENT("anyelement", Family.ELEMENT),
    ANYNONARRAY("anynonarray", Family.ELEMENT),
    ANYENUM("anyenum", Family.ELEMENT),
    ANYARRAY("anyarray", Family.ELEMENT),
    ANYCOMPATIBLE("anycompatible", Family.COMPATIBLE),
    ANYCOMPATIBLENONARRAY("anycompatiblenonarray", Family.COMPATIBLE),
    ANYCOMPATIBLEARRAY("anycompatiblearray", Family.COMPATIBLE),
    ANY("any", Family.NONE);

    /** Polymorphic parameters of one family must agree on one type; "any" belongs to none. */
    enum Family {
        ELEMENT,
        COMPATIBLE,
        NONE
    }

    private final String pgName;
    private final Family family;

    PolymorphicKind(String pgName, Family family) {
        this.pgName = pgName;
        this.family = family;
    }

    String pgName() {
        return pgName;
    }

    Family family() {
        return family;
    }

    boolean isArray() {
        return this == ANYARRAY || this == ANYCOMPATIBLEARRAY;
    }

    boolean isNonArray() {
        return this == ANYNONARRAY || this == ANYCOMPATIBLENONARRAY;
    }

    static Optional<PolymorphicKind> of(SqlType type) {
        if (type instanceof SqlType.Scalar s && s.base() == BaseType.OTHER) {
            for (PolymorphicKind kind : values()) {
                if (kind.pgName.equals(s.name())) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}
