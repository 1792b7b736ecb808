package dev.quarry.core.catalog;

import dev.quarry.core.catalog.Identifiers.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Keeps earlier views reading a table or view the DDL renames or moves, where the engine does
 * that ({@link Identifiers#viewsFollowRenames}: PostgreSQL binds a view to what it reads, SQLite
 * rewrites the view's text). The views' parsed queries are retargeted in place: a
 * reference to the old name names the new one, under the old name as its alias so that columns
 * qualified with it still resolve.
 */
final class ViewTableReferences {
    private ViewTableReferences() {}

    static void retarget(SchemaModel model, QualifiedName from, QualifiedName to) {
        Identifiers ids = model.ids();
        if (!ids.viewsFollowRenames()) {
            return;
        }
        for (View view : model.views()) {
            if (view.tableAsSelect()) {
                continue; // a table of its own, copied from its query once
            }
            for (Table table : tablesIn(view)) {
                QualifiedName named = ids.qualified(table.getSchemaName(), table.getName());
                if (!ids.same(named.schema(), from.schema()) || !ids.same(named.name(), from.name())) {
                    continue;
                }
                if (table.getAlias() == null) {
                    table.setAlias(new Alias(table.getName(), false));
                }
                table.setName(to.name());
                if (table.getSchemaName() != null || !ids.same(from.schema(), to.schema())) {
                    table.setSchemaName(to.schema());
                }
            }
        }
    }

    /** Every table reference of the view's query, CTE names left out. */
    private static List<Table> tablesIn(View view) {
        List<Table> found = new ArrayList<>();
        TablesNamesFinder<Void> finder = new TablesNamesFinder<>() {
            @Override
            public <S> Void visit(Table table, S context) {
                found.add(table);
                return super.visit(table, context);
            }
        };
        Set<String> names = finder.getTables((Statement) view.query());
        found.removeIf(t -> !names.contains(t.getFullyQualifiedName()));
        return found;
    }
}
