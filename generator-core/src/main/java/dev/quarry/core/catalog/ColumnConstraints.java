package dev.quarry.core.catalog;

import java.util.List;
import java.util.Locale;

/**
 * What a column definition's constraints say, read from JSqlParser's raw token list
 * ({@code ColumnDefinition.getColumnSpecs()}): {@code [NOT, NULL, DEFAULT, now()]},
 * {@code [CONSTRAINT, pk, PRIMARY, KEY]}, {@code [GENERATED ALWAYS AS IDENTITY]} (one token),
 * {@code [GENERATED, ALWAYS, AS, (expr), STORED]}, SQLite's {@code [AS, (expr)]}. REFERENCES,
 * UNIQUE, CHECK and COLLATE are accepted and do not change the column's shape.
 *
 * @param primaryKeyDescending {@code PRIMARY KEY DESC}: in SQLite not a rowid alias
 * @param invisible MySQL's and MariaDB's {@code INVISIBLE}
 * @param comment MySQL's {@code COMMENT 'text'}, the literal as written; null when there is none
 */
record ColumnConstraints(
        boolean notNull,
        boolean primaryKey,
        boolean primaryKeyDescending,
        boolean hasDefault,
        boolean identity,
        boolean generated,
        boolean autoincrement,
        boolean invisible,
        @org.jspecify.annotations.Nullable String comment) {

    static final ColumnConstraints NONE =
            new ColumnConstraints(false, false, false, false, false, false, false, false, null);

    static ColumnConstraints read(List<String> specs) {
        boolean notNull = false;
        boolean pk = false;
        boolean pkDesc = false;
        boolean hasDefault = false;
        boolean identity = false;
        boolean generated = false;
        boolean autoincrement = false;
        boolean invisible = false;
        String comment = null;
        int i = 0;
        while (i < specs.size()) {
            String t = upper(specs, i);
            if (t.startsWith("GENERATED") && t.contains("IDENTITY")) {
                identity = true;
                i++;
            } else if (t.equals("NOT") && upper(specs, i + 1).equals("NULL")) {
                notNull = true;
                i += 2;
            } else if (t.equals("PRIMARY") && upper(specs, i + 1).equals("KEY")) {
                pk = true;
                pkDesc = upper(specs, i + 2).equals("DESC");
                i += 2;
            } else if (t.equals("DEFAULT")) {
                hasDefault = !upper(specs, i + 1).equals("NULL");
                // the next token is the default value, which may read like a keyword (NULL)
                i += 2;
            } else if (t.equals("GENERATED") || (t.equals("AS") && upper(specs, i + 1).startsWith("("))) {
                generated = true;
                i = skipGenerated(specs, i);
            } else if (t.equals("COMMENT") && i + 1 < specs.size()) {
                comment = specs.get(i + 1);
                i += 2;
            } else if (t.equals("CONSTRAINT") || t.equals("COLLATE") || t.equals("CHECK")) {
                // a constraint name, collation or check expression follows: never a keyword of ours
                i += 2;
            } else {
                autoincrement |= t.equals("AUTOINCREMENT") || t.equals("AUTO_INCREMENT");
                invisible = t.equals("INVISIBLE") || (invisible && !t.equals("VISIBLE"));
                i++;
            }
        }
        return new ColumnConstraints(notNull, pk, pkDesc, hasDefault, identity, generated, autoincrement, invisible,
                comment);
    }

    /** Past {@code GENERATED ALWAYS AS (expr)} or {@code AS (expr)}: to just after the expression. */
    private static int skipGenerated(List<String> specs, int i) {
        int j = i;
        while (j < specs.size() && !specs.get(j).startsWith("(")) {
            j++;
        }
        return j + 1;
    }

    private static String upper(List<String> specs, int i) {
        return i < specs.size() ? specs.get(i).trim().toUpperCase(Locale.ROOT) : "";
    }
}
