package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;

/**
 * A table column.
 *
 * @param notNull declared NOT NULL, or part of the primary key (which implies it)
 * @param hasDefault has a DEFAULT, is serial/identity, or is SQLite's rowid alias: an INSERT may
 *     leave it out
 * @param generated a generated (computed) column: never written by INSERT or UPDATE
 */
public record Column(String name, SqlType type, boolean notNull, boolean hasDefault, boolean generated) {

    public Column withName(String newName) {
        return new Column(newName, type, notNull, hasDefault, generated);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, notNull, hasDefault, generated);
    }

    public Column withNotNull(boolean newNotNull) {
        return new Column(name, type, newNotNull, hasDefault, generated);
    }

    public Column withDefault(boolean newHasDefault) {
        return new Column(name, type, notNull, newHasDefault, generated);
    }
}
