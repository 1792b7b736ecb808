package dev.quarry.core.types;

import dev.quarry.core.types.PgCast.CoercionContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Type categories, preferred types and coercion paths as PostgreSQL's {@code parse_coerce.c}
 * decides them, over the generated catalog. User enums are category E with no casts of their own.
 */
final class PgTypeSystem {
    static final char STRING = 'S';
    static final char UNKNOWN = 'X';

    /** How a value gets from one type to another; {@code NONE} when it does not. */
    enum CoercionPath {
        NONE,
        RELABEL,
        FUNCTION,
        ARRAY,
        IO
    }

    private final PgCatalogData data;

    PgTypeSystem(PgCatalogData data) {
        this.data = data;
    }

    /**
     * The form the catalog compares: array dimensions folded (PostgreSQL has one array type per
     * element) and scalars named by their base type.
     */
    static SqlType canonical(SqlType type) {
        if (type instanceof SqlType.Array a) {
            SqlType element = canonical(a.element());
            return element instanceof SqlType.Array ? element : new SqlType.Array(element);
        }
        if (type instanceof SqlType.Scalar s) {
            return s.base() == BaseType.OTHER ? PgCatalogData.typeOf(s.name()) : s.base().type();
        }
        return type;
    }

    static List<SqlType> canonical(List<SqlType> types) {
        return types.stream().map(PgTypeSystem::canonical).toList();
    }

    static boolean isUnknown(SqlType type) {
        return type instanceof SqlType.Unknown;
    }

    char category(SqlType type) {
        if (type instanceof SqlType.Scalar s) {
            PgTypeInfo info = data.type(s.name());
            return info == null ? 'U' : info.category();
        }
        if (type instanceof SqlType.Array) {
            return 'A';
        }
        return type instanceof SqlType.Enum ? 'E' : UNKNOWN;
    }

    boolean preferred(SqlType type) {
        PgTypeInfo info = type instanceof SqlType.Scalar s ? data.type(s.name()) : null;
        return info != null && info.preferred();
    }

    /** Whether a function named like this is a type name, so a one-argument call may be a cast. */
    boolean isCastTargetName(String name) {
        PgTypeInfo info = data.type(name);
        return info != null && info.category() != 'P' && info.category() != 'A';
    }

    /** {@code can_coerce_type} for one argument and a concrete (non-polymorphic) target. */
    boolean canCoerceImplicitly(SqlType source, SqlType target) {
        if (source.equals(target) || isUnknown(source) || PolymorphicKind.of(target).orElse(null) == PolymorphicKind.ANY) {
            return true;
        }
        return coercionPath(source, target, CoercionContext.IMPLICIT) != CoercionPath.NONE;
    }

    /** {@code find_coercion_pathway}: a pg_cast row, else array element coercion, else I/O conversion. */
    CoercionPath coercionPath(SqlType source, SqlType target, CoercionContext context) {
        if (source.equals(target)) {
            return CoercionPath.RELABEL;
        }
        PgCast cast = castRow(source, target);
        if (cast != null) {
            if (cast.context().compareTo(context) > 0) {
                return CoercionPath.NONE;
            }
            return switch (cast.method()) {
                case 'b' -> CoercionPath.RELABEL;
                case 'i' -> CoercionPath.IO;
                default -> CoercionPath.FUNCTION;
            };
        }
        if (source instanceof SqlType.Array s && target instanceof SqlType.Array t
                && coercionPath(s.element(), t.element(), context) != CoercionPath.NONE) {
            return CoercionPath.ARRAY;
        }
        if (context != CoercionContext.IMPLICIT && category(target) == STRING
                || context == CoercionContext.EXPLICIT && category(source) == STRING) {
            return CoercionPath.IO;
        }
        return CoercionPath.NONE;
    }

    private @Nullable PgCast castRow(SqlType source, SqlType target) {
        if (source instanceof SqlType.Enum || target instanceof SqlType.Enum || isUnknown(source)) {
            return null;
        }
        return data.cast(source.name(), target.name());
    }
}
