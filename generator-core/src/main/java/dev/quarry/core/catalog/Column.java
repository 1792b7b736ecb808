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
 * @param hidden MySQL's and MariaDB's INVISIBLE: read only where a query names it, never by
 *     {@code SELECT *} or an INSERT without a column list
 */
public record Column(String name, SqlType type, boolean notNull, boolean hasDefault, boolean generated,
        boolean autoIncrement, boolean hidden) {

    public Column(String name, SqlType type, boolean notNull, boolean hasDefault, boolean generated) {
        this(name, type, notNull, hasDefault, generated, false, false);
    }

    public Column(String name, SqlType type, boolean notNull, boolean hasDefault, boolean generated,
            boolean autoIncrement) {
        this(name, type, notNull, hasDefault, generated, autoIncrement, false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, notNull, hasDefault, generated, autoIncrement, hidden);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, notNull, hasDefault, generated, autoIncrement, hidden);
    }

    public Column withNotNull(boolean newNotNull) {
        return new Column(name, type, newNotNull, hasDefault, generated, autoIncrement, hidden);
    }

    public Column withDefault(boolean newHasDefault) {
        return new Column(name, type, notNull, newHasDefault, generated, autoIncrement, hidden);
    }

    public Column withHidden(boolean newHidden) {
        return new Column(name, type, notNull, hasDefault, generated, autoIncrement, newHidden);
    }
}
