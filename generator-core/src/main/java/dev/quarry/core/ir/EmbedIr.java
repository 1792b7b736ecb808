package dev.quarry.core.ir;

import org.jspecify.annotations.Nullable;

/**
 * A {@code sqlc.embed(t)} in a query's select list: a run of the query's columns that together
 * are one row of a table, generated as a nested record of that table's model.
 *
 * @param name the relation name written in {@code sqlc.embed(...)}, naming the row's component
 * @param firstColumn the 0-based index of the first of the embedded columns in the query's columns
 * @param columnCount how many columns follow, in the table's order
 * @param nullable whether the whole nested row can be absent (its table is on the optional side
 *     of an outer join)
 */
public record EmbedIr(
        String name,
        QueryIr.TableRef table,
        int firstColumn,
        int columnCount,
        boolean nullable,
        @Nullable String nullableReason) {}
