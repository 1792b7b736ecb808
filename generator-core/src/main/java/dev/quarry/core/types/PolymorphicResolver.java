package dev.quarry.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Binds polymorphic parameters to actual argument types the way PostgreSQL's
 * {@code check_generic_type_consistency} and {@code enforce_generic_type_consistency} do: the
 * anyelement family shares one element type, the anycompatible family takes the common type of its
 * arguments (as UNION does), and untyped arguments take whatever their family resolves to.
 */
final class PolymorphicResolver {

    /** The family types of one call; null where every argument of the family was untyped. */
    record Binding(@Nullable SqlType element, boolean hasElementArgs, @Nullable SqlType common, boolean hasCommonArgs) {}

    private final PgTypeSystem types;

    PolymorphicResolver(PgTypeSystem types) {
        this.types = types;
    }

    /** Whether each family agrees on a type; untyped arguments leave a family open. */
    Optional<Binding> bind(List<SqlType> args, List<SqlType> params) {
        SqlType element = null;
        boolean hasElementArgs = false;
        boolean hasCommonArgs = false;
        boolean nonArray = false;
        boolean compatibleNonArray = false;
        boolean isEnum = false;
        List<SqlType> compatible = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            PolymorphicKind kind = PolymorphicKind.of(params.get(i)).orElse(null);
            if (kind == null || kind == PolymorphicKind.ANY) {
                continue;
            }
            SqlType arg = args.get(i);
            nonArray |= kind == PolymorphicKind.ANYNONARRAY;
            compatibleNonArray |= kind == PolymorphicKind.ANYCOMPATIBLENONARRAY;
            isEnum |= kind == PolymorphicKind.ANYENUM;
            boolean elementFamily = kind.family() == PolymorphicKind.Family.ELEMENT;
            hasElementArgs |= elementFamily;
            hasCommonArgs |= !elementFamily;
            if (PgTypeSystem.isUnknown(arg)) {
                continue;
            }
            SqlType actual = arg;
            if (kind.isArray()) {
                if (!(arg instanceof SqlType.Array array)) {
                    return Optional.empty();
                }
                actual = array.element();
            }
            if (!elementFamily) {
                compatible.add(actual);
            } else if (element == null) {
                element = actual;
            } else if (!element.equals(actual)) {
                return Optional.empty();
            }
        }
        if (element != null && (nonArray && element instanceof SqlType.Array || isEnum && !(element instanceof SqlType.Enum))) {
            return Optional.empty();
        }
        SqlType common = null;
        if (!compatible.isEmpty()) {
            common = commonType(compatible).orElse(null);
            if (common == null || compatibleNonArray && common instanceof SqlType.Array) {
                return Optional.empty();
            }
        }
        return Optional.of(new Binding(element, hasElementArgs, common, hasCommonArgs));
    }

    /**
     * The concrete type a declared parameter or result type stands for in this call; {@code actual}
     * is the argument at that position ("any" takes it as it is). Empty where PostgreSQL reports
     * that it could not determine the polymorphic type.
     */
    Optional<SqlType> substitute(SqlType declared, Binding binding, @Nullable SqlType actual) {
        PolymorphicKind kind = PolymorphicKind.of(declared).orElse(null);
        if (kind == null) {
            return Optional.of(declared);
        }
        if (kind == PolymorphicKind.ANY) {
            return Optional.of(actual == null ? SqlType.UNKNOWN : actual);
        }
        SqlType base;
        if (kind.family() == PolymorphicKind.Family.ELEMENT) {
            base = binding.element();
        } else {
            // an all-untyped anycompatible family resolves to text, as the server does
            base = binding.common() != null ? binding.common() : BaseType.TEXT.type();
        }
        if (base == null) {
            return Optional.empty();
        }
        if (kind.isArray()) {
            return base instanceof SqlType.Array ? Optional.empty() : Optional.of(new SqlType.Array(base));
        }
        return Optional.of(base);
    }

    /** Whether an all-untyped anyelement family leaves the call undeterminable. */
    static boolean isDeterminable(Binding binding) {
        return !binding.hasElementArgs() || binding.element() != null;
    }

    /** {@code select_common_type}: one category, moving to a type the others cast to implicitly. */
    private Optional<SqlType> commonType(List<SqlType> inputs) {
        SqlType chosen = inputs.get(0);
        char category = types.category(chosen);
        boolean preferred = types.preferred(chosen);
        for (SqlType next : inputs.subList(1, inputs.size())) {
            if (next.equals(chosen)) {
                continue;
            }
            if (types.category(next) != category) {
                return Optional.empty();
            }
            if (!preferred && types.canCoerceImplicitly(chosen, next) && !types.canCoerceImplicitly(next, chosen)) {
                chosen = next;
                preferred = types.preferred(next);
            }
        }
        for (SqlType input : inputs) {
            if (!types.canCoerceImplicitly(input, chosen)) {
                return Optional.empty();
            }
        }
        return Optional.of(chosen);
    }
}
