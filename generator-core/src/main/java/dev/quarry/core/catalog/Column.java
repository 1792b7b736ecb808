package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;

/**
 * A table column.
 *
 * @param notNull declared NOT NULL, or part of the primary key (which implies it)
 * @param hasDefault has a DEFAULT, is serial/identity, or is SQLite's rowid alias: an INSERT may
 *     leave it out
 * @param generated a generated (computed) column: never written by INSERT or UPDATE
 * @param autoIncrement MySQL's AUTO_INCREMENT: its value is the key an INSERT generates
 */
public record Column(String name, SqlType type, boolean notNull, boolean hasDefault, boolean generated,
        boolean autoIncrement) {

    public Column(String name, SqlType type, boolean notNull, boolean hasDefault, boolean generated) {
        this(name, type, notNull, hasDefault, generated, false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, notNull, hasDefault, generated, autoIncrement);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, notNull, hasDefault, generated, autoIncrement);
    }

    public Column withNotNull(boolean newNotNull) {
        return new Column(name, type, newNotNull, hasDefault, generated, autoIncrement);
    }

    public Column withDefault(boolean newHasDefault) {
        return new Column(name, type, notNull, newHasDefault, generated, autoIncrement);
    }
}
