package dev.quarry.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Chooses among overloads as PostgreSQL's {@code func_match_argtypes} and
 * {@code func_select_candidate} do (documentation chapter "Type Conversion", Functions step 4 and
 * Operators step 3): keep candidates reachable by implicit casts, then those with the most exact
 * matches, then the most preferred types, then settle untyped arguments by type category with the
 * string category first, and last assume untyped arguments have the one known argument type.
 */
final class OverloadResolver {
    private final PgTypeSystem types;
    private final PolymorphicResolver polymorphic;

    OverloadResolver(PgTypeSystem types, PolymorphicResolver polymorphic) {
        this.types = types;
        this.polymorphic = polymorphic;
    }

    /** The single best candidate, or empty when none fits or the choice is ambiguous. */
    Optional<PgCandidate> choose(List<PgCandidate> candidates, List<SqlType> args) {
        List<PgCandidate> reachable = candidates.stream().filter(c -> canCoerce(args, c.params())).toList();
        if (reachable.size() <= 1) {
            return reachable.stream().findFirst();
        }
        List<PgCandidate> remaining = keepBest(reachable, c -> exactMatches(c, args));
        if (remaining.size() == 1) {
            return Optional.of(remaining.get(0));
        }
        remaining = keepBest(remaining, c -> preferredMatches(c, args));
        if (remaining.size() == 1) {
            return Optional.of(remaining.get(0));
        }
        if (args.stream().noneMatch(PgTypeSystem::isUnknown)) {
            return Optional.empty();
        }
        remaining = byUnknownCategories(remaining, args);
        if (remaining.size() == 1) {
            return Optional.of(remaining.get(0));
        }
        return assumeKnownType(remaining, args);
    }

    /** {@code can_coerce_type} in the implicit context, including polymorphic consistency. */
    boolean canCoerce(List<SqlType> args, List<SqlType> params) {
        boolean polymorphicParams = false;
        for (int i = 0; i < args.size(); i++) {
            SqlType param = params.get(i);
            if (PolymorphicKind.of(param).isPresent()) {
                polymorphicParams = true;
            } else if (!types.canCoerceImplicitly(args.get(i), param)) {
                return false;
            }
        }
        return !polymorphicParams || polymorphic.bind(args, params).isPresent();
    }

    private int exactMatches(PgCandidate candidate, List<SqlType> args) {
        int n = 0;
        for (int i = 0; i < args.size(); i++) {
            if (!PgTypeSystem.isUnknown(args.get(i)) && args.get(i).equals(candidate.params().get(i))) {
                n++;
            }
        }
        return n;
    }

    /** Preferred types count only within the argument's own category. */
    private int preferredMatches(PgCandidate candidate, List<SqlType> args) {
        int n = 0;
        for (int i = 0; i < args.size(); i++) {
            SqlType arg = args.get(i);
            SqlType param = candidate.params().get(i);
            if (!PgTypeSystem.isUnknown(arg) && (arg.equals(param)
                    || types.category(param) == types.category(arg) && types.preferred(param))) {
                n++;
            }
        }
        return n;
    }

    private static List<PgCandidate> keepBest(List<PgCandidate> candidates, ToIntFunction<PgCandidate> score) {
        int best = candidates.stream().mapToInt(score).max().orElse(0);
        return candidates.stream().filter(c -> score.applyAsInt(c) == best).toList();
    }

    /**
     * At each untyped position pick the string category if any candidate takes it, else the one
     * category all candidates agree on; drop candidates of other categories and, where some take a
     * preferred type there, those that do not. Keeps all when a position has no agreed category
     * or when nothing would survive.
     */
    private List<PgCandidate> byUnknownCategories(List<PgCandidate> candidates, List<SqlType> args) {
        int n = args.size();
        char[] slotCategory = new char[n];
        boolean[] slotPreferred = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!PgTypeSystem.isUnknown(args.get(i))) {
                continue;
            }
            boolean conflict = false;
            slotCategory[i] = 0;
            for (PgCandidate candidate : candidates) {
                SqlType param = candidate.params().get(i);
                char category = types.category(param);
                boolean preferred = types.preferred(param);
                if (slotCategory[i] == 0) {
                    slotCategory[i] = category;
                    slotPreferred[i] = preferred;
                } else if (category == slotCategory[i]) {
                    slotPreferred[i] |= preferred;
                } else if (category == PgTypeSystem.STRING) {
                    slotCategory[i] = category;
                    slotPreferred[i] = preferred;
                } else {
                    conflict = true;
                }
            }
            if (conflict && slotCategory[i] != PgTypeSystem.STRING) {
                return candidates;
            }
        }
        List<PgCandidate> kept = new ArrayList<>();
        for (PgCandidate candidate : candidates) {
            if (fitsSlots(candidate, args, slotCategory, slotPreferred)) {
                kept.add(candidate);
            }
        }
        return kept.isEmpty() ? candidates : List.copyOf(kept);
    }

    private boolean fitsSlots(PgCandidate candidate, List<SqlType> args, char[] slotCategory, boolean[] slotPreferred) {
        for (int i = 0; i < args.size(); i++) {
            if (!PgTypeSystem.isUnknown(args.get(i))) {
                continue;
            }
            SqlType param = candidate.params().get(i);
            if (types.category(param) != slotCategory[i] || slotPreferred[i] && !types.preferred(param)) {
                return false;
            }
        }
        return true;
    }

    /** The last heuristic: untyped arguments are taken to have the single type of the known ones. */
    private Optional<PgCandidate> assumeKnownType(List<PgCandidate> candidates, List<SqlType> args) {
        List<SqlType> known = args.stream().filter(a -> !PgTypeSystem.isUnknown(a)).distinct().toList();
        if (known.size() != 1) {
            return Optional.empty();
        }
        List<SqlType> assumed = args.stream().map(a -> known.get(0)).toList();
        List<PgCandidate> fitting = candidates.stream().filter(c -> canCoerce(assumed, c.params())).limit(2).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }
}
