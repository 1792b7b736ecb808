package dev.quarry.core.analyze;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;
import net.sf.jsqlparser.statement.select.WithItem;
import org.jspecify.annotations.Nullable;

/**
 * Binds a WITH list: each CTE is analyzed in a scope holding the CTEs before it (and, when
 * recursive, itself), and added to the scope of the query it belongs to — where it shadows a table
 * or an outer CTE of the same name.
 */
final class CteBinder {
    /** Recursive CTEs converge in a few rounds; nullability can only grow, so this bound is generous. */
    private static final int MAX_ROUNDS = 8;

    private final QueryContext ctx;
    private final SelectAnalyzer selects;

    CteBinder(QueryContext ctx, SelectAnalyzer selects) {
        this.ctx = ctx;
        this.selects = selects;
    }

    Scope bind(@Nullable List<WithItem<?>> items, Scope scope) {
        if (items == null || items.isEmpty()) {
            return scope;
        }
        boolean recursive = items.stream().anyMatch(WithItem::isRecursive);
        Scope s = scope;
        for (WithItem<?> item : items) {
            s = s.withCte(cte(item, s, recursive));
        }
        return s;
    }

    private Relation cte(WithItem<?> item, Scope scope, boolean recursive) {
        String name = ctx.rules().foldIdentifier(item.getAliasName() != null ? item.getAliasName() : item.getAlias().getName());
        List<String> columnNames = columnNames(item);
        Object statement = item.getParenthesedStatement();
        if (!(statement instanceof ParenthesedSelect body)) {
            List<ScopeColumn> returning = selects.dml().returningOf(statement, scope.child(), item);
            return rename(new Relation(name, null, returning, null), columnNames, item);
        }
        if (recursive && body.getSelect() instanceof SetOperationList set && set.getOperation(0) instanceof UnionOp) {
            return recursiveCte(name, columnNames, set, scope, item);
        }
        List<ScopeColumn> columns = selects.analyze(body, scope.child());
        return rename(new Relation(name, null, columns, null), columnNames, item);
    }

    /**
     * {@code WITH RECURSIVE t AS (anchor UNION [ALL] recursive)}: the anchor gives the types; the
     * recursive term is typed against the CTE as known so far, until nullability stops changing.
     */
    private Relation recursiveCte(String name, List<String> columnNames, SetOperationList set, Scope scope,
            Object node) {
        List<Select> arms = set.getSelects();
        List<ScopeColumn> anchor = selects.analyze(arms.get(0), scope.child());
        Relation current = rename(new Relation(name, null, anchor, null), columnNames, node);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Scope withSelf = scope.withCte(current);
            List<ScopeColumn> next = new ArrayList<>(current.columns());
            for (Select arm : arms.subList(1, arms.size())) {
                List<ScopeColumn> term = selects.analyze(arm, withSelf.child());
                if (term.size() != next.size()) {
                    ctx.error("set-operation-width", arm, "the recursive term of \"" + name + "\" has " + term.size()
                            + " columns, the anchor " + next.size(), null);
                    return current;
                }
                for (int i = 0; i < next.size(); i++) {
                    ScopeColumn t = term.get(i);
                    if (t.nullable() && !next.get(i).nullable()) {
                        next.set(i, next.get(i).withNullable(t.reason()));
                    }
                }
            }
            Relation updated = current.withColumns(next);
            if (updated.equals(current)) {
                return current;
            }
            current = updated;
        }
        return current;
    }

    private List<String> columnNames(WithItem<?> item) {
        List<String> names = new ArrayList<>();
        if (item.getWithItemList() != null) {
            for (SelectItem<?> column : item.getWithItemList()) {
                names.add(ctx.rules().foldIdentifier(column.getExpression().toString()));
            }
        } else if (item.getAlias() != null && item.getAlias().getAliasColumns() != null) {
            for (Alias.AliasColumn column : item.getAlias().getAliasColumns()) {
                names.add(ctx.rules().foldIdentifier(column.name));
            }
        }
        return names;
    }

    /** Applies a column alias list such as {@code WITH t(a, b)} or {@code AS s(a, b)}. */
    Relation rename(Relation relation, List<String> names, Object node) {
        if (names.isEmpty()) {
            return relation;
        }
        if (names.size() > relation.columns().size()) {
            ctx.error("alias-columns", node, "\"" + relation.name() + "\" has " + relation.columns().size()
                    + " columns available but " + names.size() + " columns specified", null);
            return relation;
        }
        List<ScopeColumn> renamed = new ArrayList<>(relation.columns());
        for (int i = 0; i < names.size(); i++) {
            renamed.set(i, renamed.get(i).withName(names.get(i)));
        }
        return relation.withColumns(renamed);
    }
}
