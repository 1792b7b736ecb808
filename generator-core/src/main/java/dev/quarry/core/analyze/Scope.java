package dev.quarry.core.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What names mean at one point of a query: the CTEs in force, the FROM relations of the current
 * query level and the columns merged by USING / NATURAL joins. Immutable; a nested query gets a
 * child scope whose parent link makes the outer query's columns visible (correlation) and whose
 * own CTEs shadow outer ones of the same name.
 */
final class Scope {
    private final @Nullable Scope parent;
    private final Map<String, Relation> ctes;
    private final List<Relation> relations;
    private final List<ScopeColumn> merged;
    private final Set<String> hiddenByMerge;
    private final boolean grouped;
    /** The clause that takes no aggregate or window function at this level (RETURNING), or null. */
    private final @Nullable String aggregatesRefusedIn;

    private Scope(@Nullable Scope parent, Map<String, Relation> ctes, List<Relation> relations,
            List<ScopeColumn> merged, Set<String> hiddenByMerge, boolean grouped, @Nullable String aggregatesRefusedIn) {
        this.parent = parent;
        this.ctes = Map.copyOf(ctes);
        this.relations = List.copyOf(relations);
        this.merged = List.copyOf(merged);
        this.hiddenByMerge = Set.copyOf(hiddenByMerge);
        this.grouped = grouped;
        this.aggregatesRefusedIn = aggregatesRefusedIn;
    }

    static Scope root() {
        return new Scope(null, Map.of(), List.of(), List.of(), Set.of(), false, null);
    }

    /** A scope for a nested query: sees this one's CTEs and columns through the parent link. */
    Scope child() {
        return new Scope(this, Map.of(), List.of(), List.of(), Set.of(), false, null);
    }

    Scope withCte(Relation cte) {
        Map<String, Relation> next = new HashMap<>(ctes);
        next.put(cte.name().toLowerCase(Locale.ROOT), cte);
        return new Scope(parent, next, relations, merged, hiddenByMerge, grouped, aggregatesRefusedIn);
    }

    /**
     * @param hidden {@code relation.column} keys (lower case) that {@code *} leaves out because a
     *     USING / NATURAL join merged them into one column
     */
    Scope withRelations(List<Relation> newRelations, List<ScopeColumn> newMerged, Set<String> hidden) {
        return new Scope(parent, ctes, newRelations, newMerged, hidden, grouped, aggregatesRefusedIn);
    }

    /** Whether the query level groups rows (GROUP BY or HAVING): aggregates then see non-empty groups. */
    Scope withGrouping(boolean isGrouped) {
        return new Scope(parent, ctes, relations, merged, hiddenByMerge, isGrouped, aggregatesRefusedIn);
    }

    boolean grouped() {
        return grouped;
    }

    /**
     * This level as a clause that computes one value per row it changes (RETURNING): every engine
     * refuses aggregates and window functions there; a subquery (a child scope) may still use them.
     */
    Scope refusingAggregates(String clause) {
        return new Scope(parent, ctes, relations, merged, hiddenByMerge, grouped, clause);
    }

    Optional<String> aggregatesRefusedIn() {
        return Optional.ofNullable(aggregatesRefusedIn);
    }

    boolean hiddenByMerge(Relation relation, ScopeColumn column) {
        return hiddenByMerge.contains((relation.name() + "." + column.name()).toLowerCase(Locale.ROOT));
    }

    List<Relation> relations() {
        return relations;
    }

    List<ScopeColumn> merged() {
        return merged;
    }

    /** The nearest CTE of that name, searching outwards. */
    Optional<Relation> cte(String name) {
        Relation here = ctes.get(name.toLowerCase(Locale.ROOT));
        if (here != null) {
            return Optional.of(here);
        }
        return parent == null ? Optional.empty() : parent.cte(name);
    }

    /** CTE names visible here, for "did you mean" hints. */
    Set<String> cteNames() {
        Set<String> names = new LinkedHashSet<>(parent == null ? Set.of() : parent.cteNames());
        ctes.values().forEach(c -> names.add(c.name()));
        return names;
    }

    /** The outcome of resolving a column reference. */
    sealed interface Resolution permits Found, NotFound, Ambiguous {}

    record Found(ScopeColumn column, @Nullable Relation relation) implements Resolution {}

    /** @param candidates the column names visible, for a "did you mean" hint */
    record NotFound(List<String> candidates, boolean qualifierUnknown) implements Resolution {}

    record Ambiguous(List<String> candidates) implements Resolution {}

    /** Resolves {@code [schema.][qualifier.]column}, looking outwards for correlated references. */
    Resolution resolve(@Nullable String qualifierSchema, @Nullable String qualifier, String column) {
        Resolution here = resolveHere(qualifierSchema, qualifier, column);
        if (here instanceof NotFound notFound && parent != null) {
            Resolution outer = parent.resolve(qualifierSchema, qualifier, column);
            if (outer instanceof NotFound outerMissing) {
                List<String> all = new ArrayList<>(notFound.candidates());
                all.addAll(outerMissing.candidates());
                return new NotFound(all, notFound.qualifierUnknown() && outerMissing.qualifierUnknown());
            }
            return outer;
        }
        return here;
    }

    private Resolution resolveHere(@Nullable String qualifierSchema, @Nullable String qualifier, String column) {
        if (qualifier != null) {
            List<Relation> named = relations.stream().filter(r -> r.answersTo(qualifierSchema, qualifier)).toList();
            if (named.isEmpty()) {
                return new NotFound(List.of(), true);
            }
            Relation relation = named.get(0);
            return relation.column(column).<Resolution>map(c -> new Found(c, relation))
                    .orElseGet(() -> new NotFound(relation.columns().stream().map(ScopeColumn::name).toList(), false));
        }
        String wanted = column.toLowerCase(Locale.ROOT);
        for (ScopeColumn m : merged) {
            if (m.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return new Found(m, null);
            }
        }
        List<Found> matches = new ArrayList<>();
        for (Relation r : relations) {
            r.column(column).ifPresent(c -> matches.add(new Found(c, r)));
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            return new Ambiguous(matches.stream().map(f -> f.relation().name() + "." + f.column().name()).toList());
        }
        List<String> candidates = new ArrayList<>();
        relations.forEach(r -> r.columns().forEach(c -> candidates.add(c.name())));
        return new NotFound(candidates, false);
    }

    /** Whether a qualifier names a relation of this query level or an outer one. */
    boolean knowsRelation(@Nullable String qualifierSchema, String qualifier) {
        return relations.stream().anyMatch(r -> r.answersTo(qualifierSchema, qualifier))
                || (parent != null && parent.knowsRelation(qualifierSchema, qualifier));
    }

    /** Relation names visible here and outwards, for hints. */
    List<String> relationNames() {
        List<String> names = new ArrayList<>();
        relations.forEach(r -> names.add(r.name()));
        if (parent != null) {
            names.addAll(parent.relationNames());
        }
        return names;
    }
}
