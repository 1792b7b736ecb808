package dev.quarry.core.analyze;

import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;

/**
 * USING and NATURAL joins: each named column appears once, merged from both sides. The merged
 * column can be NULL only when no side guarantees a value: never after an inner join (the equality
 * holds), as the left side after LEFT JOIN, as the right after RIGHT JOIN, and only if both can be
 * NULL after FULL JOIN.
 */
final class JoinMerger {
    private final QueryContext ctx;

    JoinMerger(QueryContext ctx) {
        this.ctx = ctx;
    }

    List<String> usingNames(Join join, List<Relation> left, List<ScopeColumn> leftMerged, FromBinder.JoinState right) {
        List<String> names = new ArrayList<>();
        if (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty()) {
            for (Column c : join.getUsingColumns()) {
                names.add(ctx.rules().foldIdentifier(c.getColumnName()));
            }
        } else if (join.isNatural()) {
            Set<String> leftNames = visibleNames(left, leftMerged);
            for (String n : visibleNames(right.relations, right.merged)) {
                if (leftNames.contains(n.toLowerCase(Locale.ROOT))) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static Set<String> visibleNames(List<Relation> relations, List<ScopeColumn> merged) {
        Set<String> names = new LinkedHashSet<>();
        merged.forEach(c -> names.add(c.name().toLowerCase(Locale.ROOT)));
        relations.forEach(r -> r.columns().forEach(c -> names.add(c.name().toLowerCase(Locale.ROOT))));
        return names;
    }

    void merge(Join join, List<String> names, List<Relation> left, List<ScopeColumn> leftMerged,
            FromBinder.JoinState right, FromBinder.JoinState state) {
        for (String name : names) {
            Optional<Side> l = side(name, left, leftMerged);
            Optional<Side> r = side(name, right.relations, right.merged);
            if (l.isEmpty() || r.isEmpty()) {
                ctx.error("unknown-column", join, "column \"" + name + "\" specified in USING clause does not exist in "
                        + (l.isEmpty() ? "left" : "right") + " table", null);
                continue;
            }
            ScopeColumn lc = l.get().column();
            ScopeColumn rc = r.get().column();
            boolean nullable;
            String reason;
            if (join.isFull()) {
                nullable = lc.nullable() && rc.nullable();
                reason = "USING column " + name + " of FULL JOIN: both sides can be NULL";
            } else if (join.isLeft()) {
                nullable = lc.nullable();
                reason = lc.reason();
            } else if (join.isRight()) {
                nullable = rc.nullable();
                reason = rc.reason();
            } else {
                nullable = false;
                reason = null;
            }
            SqlType type = lc.type().equals(rc.type()) ? lc.type() : lc.type();
            ScopeColumn merged = new ScopeColumn(lc.name(), type, nullable, reason, lc.origin());
            state.merged.removeIf(c -> c.name().equalsIgnoreCase(name));
            state.merged.add(merged);
            l.get().hide(state);
            r.get().hide(state);
        }
    }

    /** One side's column for a merged name: an earlier merged column, or a relation's column. */
    private record Side(ScopeColumn column, @org.jspecify.annotations.Nullable Relation relation) {
        void hide(FromBinder.JoinState state) {
            if (relation != null) {
                state.hidden.add((relation.name() + "." + column.name()).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static Optional<Side> side(String name, List<Relation> relations, List<ScopeColumn> merged) {
        for (ScopeColumn m : merged) {
            if (m.name().equalsIgnoreCase(name)) {
                return Optional.of(new Side(m, null));
            }
        }
        for (Relation r : relations) {
            Optional<ScopeColumn> c = r.column(name);
            if (c.isPresent()) {
                return Optional.of(new Side(c.get(), r));
            }
        }
        return Optional.empty();
    }
}
