package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.View;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.types.FunctionCatalog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types views from their definitions, once per run, so that a query reading a view sees the
 * view's column types and nullability (an outer join inside the view carries through). Errors in
 * a view's definition point into the schema file.
 */
final class ViewTyper {
    private final Catalog catalog;
    private final EngineRules rules;
    private final FunctionCatalog functions;
    private final Diagnostics diagnostics;
    private final Map<String, List<ScopeColumn>> typed = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    ViewTyper(Catalog catalog, EngineRules rules, FunctionCatalog functions, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.rules = rules;
        this.functions = functions;
        this.diagnostics = diagnostics;
    }

    /** Types every view, so errors in views show even when no query reads them. */
    void typeAll() {
        catalog.views().forEach(this::columns);
    }

    /**
     * Synchronized because queries are analyzed in parallel: after {@link #typeAll} every view is
     * typed and this only reads, but a view typed later must not be typed by two threads at once.
     */
    synchronized List<ScopeColumn> columns(View view) {
        String key = view.schema() + "." + view.name();
        List<ScopeColumn> known = typed.get(key);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(key)) {
            diagnostics.error("recursive-view", view.definition().span(), "view \"" + view.name() + "\" refers to itself",
                    null);
            return List.of();
        }
        try {
            ParamTable params = new ParamTable(view.definition(), diagnostics, rules);
            QueryContext ctx = new QueryContext(catalog, rules, functions, view.definition(), params, diagnostics, this);
            SelectAnalyzer selects = new SelectAnalyzer(ctx);
            Relation relation = new Relation(view.name(), view.schema(), selects.analyze(view.query(), Scope.root()), null);
            List<ScopeColumn> columns = selects.ctes().rename(relation, view.columnNames(), view.query()).columns();
            if (view.tableAsSelect()) {
                columns = columns.stream().map(c -> c.withNullable("column " + view.name() + "." + c.name()
                        + " is nullable (CREATE TABLE AS copies no NOT NULL)")).toList();
            }
            typed.put(key, columns);
            return columns;
        } finally {
            // also when typing fails, so a later lookup does not report the view as recursive
            inProgress.remove(key);
        }
    }
}
