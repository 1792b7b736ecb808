package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Reads a SQLite {@code CREATE TABLE name (column list)} that JSqlParser 5.4 rejects although
 * SQLite accepts it: columns declared without a type ({@code anything,}, BLOB affinity) and type
 * names of several words ({@code UNSIGNED BIG INT}, {@code NATIVE CHARACTER(70)}). SQLite takes
 * any words before the first constraint keyword as the type name, so this reader does too.
 *
 * <p>The result is a new {@link CreateTable} built the way JSqlParser would have built it (raw
 * names, constraint words as a token list, PRIMARY KEY table constraints as indexes), so the same
 * applier handles both; it carries no positions, and errors point at names by searching the text.
 */
final class SqliteCreateTableReader {
    /** Words that end a column's type name: each starts a column constraint. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of(
            "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
            "GENERATED", "AS");
    /** Words that start a table constraint instead of a column. */
    private static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of(
            "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private SqliteCreateTableReader() {}

    /** The table the tokens declare, or empty when they are not a column-list CREATE TABLE this reads. */
    static Optional<CreateTable> read(List<Token> tokens) {
        int i = 0;
        if (!take(tokens, i++, "CREATE")) {
            return Optional.empty();
        }
        if (take(tokens, i, "TEMP") || take(tokens, i, "TEMPORARY")) {
            i++;
        }
        if (!take(tokens, i++, "TABLE")) {
            return Optional.empty();
        }
        boolean ifNotExists = take(tokens, i, "IF") && take(tokens, i + 1, "NOT") && take(tokens, i + 2, "EXISTS");
        i += ifNotExists ? 3 : 0;
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Table table;
        if (i + 2 < tokens.size() && tokens.get(i + 1).is('.')) {
            table = new Table(tokens.get(i).text(), tokens.get(i + 2).text());
            i += 3;
        } else {
            table = new Table(tokens.get(i).text());
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).is('(')) {
            return Optional.empty();
        }
        int close = matching(tokens, i);
        if (close < 0) {
            return Optional.empty();
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (List<Token> element : elements(tokens, i + 1, close)) {
            if (element.isEmpty()) {
                return Optional.empty();
            }
            if (TABLE_CONSTRAINT_WORDS.contains(element.get(0).upper())) {
                primaryKey(element).ifPresent(indexes::add);
            } else {
                columns.add(column(element));
            }
        }
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        CreateTable create = new CreateTable();
        create.setTable(table);
        create.setIfNotExists(ifNotExists);
        create.setColumnDefinitions(columns);
        create.setIndexes(indexes);
        return Optional.of(create);
    }

    /** {@code name [type words [(args)]] [constraints]}. */
    private static ColumnDefinition column(List<Token> element) {
        int i = 1;
        StringBuilder type = new StringBuilder();
        while (i < element.size() && !CONSTRAINT_WORDS.contains(element.get(i).upper())) {
            Token t = element.get(i);
            if (t.is('(')) {
                int close = matching(element, i);
                int end = close < 0 ? element.size() - 1 : close;
                type.append('(').append(joined(element, i + 1, end)).append(')');
                i = end + 1;
            } else {
                type.append(type.isEmpty() ? "" : " ").append(t.text());
                i++;
            }
        }
        ColDataType dataType = new ColDataType();
        dataType.setDataType(type.toString());
        return new ColumnDefinition(element.get(0).text(), dataType, specs(element, i));
    }

    /** Constraint tokens as JSqlParser lists them: a parenthesized group is one token. */
    private static List<String> specs(List<Token> element, int from) {
        List<String> specs = new ArrayList<>();
        int i = from;
        while (i < element.size()) {
            if (element.get(i).is('(')) {
                int close = matching(element, i);
                int end = close < 0 ? element.size() - 1 : close;
                specs.add("(" + joined(element, i + 1, end) + ")");
                i = end + 1;
            } else {
                specs.add(element.get(i).text());
                i++;
            }
        }
        return specs;
    }

    /** {@code [CONSTRAINT name] PRIMARY KEY (a [COLLATE c] [ASC|DESC], ...)}; other constraints change no shape. */
    private static Optional<Index> primaryKey(List<Token> element) {
        int i = 0;
        String name = null;
        if (element.get(0).isWord("CONSTRAINT") && element.size() > 1) {
            name = element.get(1).text();
            i = 2;
        }
        if (!(take(element, i, "PRIMARY") && take(element, i + 1, "KEY"))
                || i + 2 >= element.size() || !element.get(i + 2).is('(')) {
            return Optional.empty();
        }
        int close = matching(element, i + 2);
        List<String> names = new ArrayList<>();
        for (List<Token> key : elements(element, i + 3, close < 0 ? element.size() : close)) {
            if (!key.isEmpty()) {
                names.add(key.get(0).text());
            }
        }
        Index index = new Index();
        index.setType("PRIMARY KEY");
        index.setName(name);
        index.setColumnsNames(names);
        return Optional.of(index);
    }

    /** The comma-separated elements of {@code tokens[from, to)} at parenthesis depth zero. */
    private static List<List<Token>> elements(List<Token> tokens, int from, int to) {
        List<List<Token>> elements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is(',') && depth == 0) {
                elements.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += t.is('(') ? 1 : t.is(')') ? -1 : 0;
            current.add(t);
        }
        elements.add(current);
        return elements;
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += tokens.get(i).is('(') ? 1 : tokens.get(i).is(')') ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean tight = s.isEmpty() || t.is(',') || t.is(')') || t.is('.') || s.charAt(s.length() - 1) == '('
                    || s.charAt(s.length() - 1) == '.';
            s.append(tight ? "" : " ").append(t.text());
        }
        return s.toString();
    }

    private static boolean take(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord(word);
    }
}
