package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's {@code ALTER TABLE} read clause by clause before JSqlParser sees it. The clauses that
 * cannot change what the catalog tracks (columns, types, nullability, defaults, the primary key,
 * the table's name) are blanked: foreign keys, indexes, checks, table options but COMMENT (read into
 * the table's Javadoc), partitions. JSqlParser
 * 5.4 cannot parse several of them ({@code DROP FOREIGN KEY}, {@code DROP CHECK},
 * {@code CONVERT TO CHARSET}), and one of them must not hide the column changes beside it
 * ({@code DROP FOREIGN KEY fk, DROP COLUMN c}). {@code ONLINE} and {@code IGNORE} before
 * {@code TABLE} go too, and MariaDB's {@code IF EXISTS} after {@code CHANGE [COLUMN]}. When no
 * clause is left, the statement changes nothing.
 */
final class MysqlAlterClauses {

    /** What to blank, and whether anything is left to apply. */
    record Result(List<ParserWorkarounds.Range> blanks, boolean nothingLeft) {}

    /** Table options and maintenance: {@code ENGINE=InnoDB}, {@code LOCK=NONE}, {@code FORCE}, ... */
    private static final Set<String> OPTION_WORDS = Set.of(
            "ENGINE", "AUTO_INCREMENT", "AVG_ROW_LENGTH", "CHARSET", "CHARACTER", "COLLATE", "CHECKSUM",
            "COMPRESSION", "CONNECTION", "DATA", "DELAY_KEY_WRITE", "ENCRYPTION", "ENCRYPTED",
            "ENCRYPTION_KEY_ID", "INDEX", "INSERT_METHOD", "KEY_BLOCK_SIZE", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS",
            "PAGE_CHECKSUM", "PAGE_COMPRESSED", "PAGE_COMPRESSION_LEVEL", "PASSWORD", "ROW_FORMAT",
            "SECONDARY_ENGINE", "SECONDARY_ENGINE_ATTRIBUTE", "ENGINE_ATTRIBUTE", "STATS_AUTO_RECALC",
            "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "TABLESPACE", "TRANSACTIONAL", "UNION", "ALGORITHM", "LOCK",
            "FORCE", "ORDER", "ENABLE", "DISABLE", "DISCARD", "IMPORT", "WITH", "WITHOUT", "CONVERT",
            "PARTITION", "PARTITIONS", "COALESCE", "REORGANIZE", "EXCHANGE", "ANALYZE", "CHECK", "OPTIMIZE",
            "REBUILD", "REPAIR", "REMOVE", "TRUNCATE", "UPGRADE", "SUBPARTITION");
    /** What follows ADD [CONSTRAINT [name]] in a clause that adds an index, a foreign key or a check. */
    private static final Set<String> ADDED_NON_COLUMNS = Set.of(
            "INDEX", "KEY", "UNIQUE", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK", "PARTITION");
    /** What follows DROP in a clause that drops an index, a foreign key, a check or a partition. */
    private static final Set<String> DROPPED_NON_COLUMNS = Set.of(
            "INDEX", "KEY", "FOREIGN", "CHECK", "PARTITION");
    /** What follows ALTER / RENAME in a clause about an index or a check. */
    private static final Set<String> ALTERED_NON_COLUMNS = Set.of("INDEX", "KEY", "CHECK", "CONSTRAINT");

    private MysqlAlterClauses() {}

    static Result find(List<Token> tokens) {
        List<ParserWorkarounds.Range> blanks = new ArrayList<>();
        int i = 1;
        while (i < tokens.size() && (tokens.get(i).isWord("ONLINE") || tokens.get(i).isWord("IGNORE"))) {
            blanks.add(new ParserWorkarounds.Range(tokens.get(i).start(), tokens.get(i).end()));
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord("TABLE")) {
            return new Result(blanks, false);
        }
        List<Clause> clauses = clauses(tokens, afterTableName(tokens, i + 1));
        boolean keptBefore = false;
        for (Clause clause : clauses) {
            boolean neutral = !clause.tokens().isEmpty() && neutral(clause.tokens());
            if (neutral) {
                blanks.add(new ParserWorkarounds.Range(clause.tokens().get(0).start(),
                        clause.tokens().get(clause.tokens().size() - 1).end()));
            }
            if (!neutral) {
                changeIfExists(clause.tokens()).ifPresent(blanks::add);
            }
            // a comma stays only between two clauses that stay
            if (clause.commaBefore() != null && (neutral || !keptBefore)) {
                blanks.add(new ParserWorkarounds.Range(clause.commaBefore().start(), clause.commaBefore().end()));
            }
            keptBefore |= !neutral;
        }
        return new Result(blanks, !clauses.isEmpty() && !keptBefore);
    }

    /**
     * MariaDB's {@code CHANGE [COLUMN] IF EXISTS}, which JSqlParser cannot parse: without the
     * {@code IF EXISTS} the clause reads as a CHANGE (a missing column is then reported).
     */
    private static java.util.Optional<ParserWorkarounds.Range> changeIfExists(List<Token> clause) {
        int i = 1;
        if (!clause.get(0).isWord("CHANGE")) {
            return java.util.Optional.empty();
        }
        if (i < clause.size() && clause.get(i).isWord("COLUMN")) {
            i++;
        }
        return i + 1 < clause.size() && clause.get(i).isWord("IF") && clause.get(i + 1).isWord("EXISTS")
                ? java.util.Optional.of(new ParserWorkarounds.Range(clause.get(i).start(), clause.get(i + 1).end()))
                : java.util.Optional.empty();
    }

    /** One clause of the statement and the comma before it (null for the first). */
    private record Clause(@Nullable Token commaBefore, List<Token> tokens) {}

    /** Whether the clause leaves columns, types, defaults, the primary key and the name as they are. */
    static boolean neutral(List<Token> clause) {
        String first = clause.get(0).upper();
        String second = clause.size() > 1 ? clause.get(1).upper() : "";
        if ((first.equals("ADD") || first.equals("DROP")) && second.equals("SYSTEM") && clause.size() > 2
                && clause.get(2).isWord("VERSIONING")) {
            return true; // MariaDB's history columns are hidden
        }
        return switch (first) {
            case "ADD" -> addsNonColumn(clause);
            // not DROP CONSTRAINT nor DROP INDEX `PRIMARY`, which may drop the primary key: JSqlParser reads those
            case "DROP" -> DROPPED_NON_COLUMNS.contains(second) && !namesThePrimaryKey(clause);
            case "ALTER", "RENAME" -> ALTERED_NON_COLUMNS.contains(second);
            case "DEFAULT" -> true; // DEFAULT CHARSET / COLLATE
            default -> OPTION_WORDS.contains(first);
        };
    }

    /** {@code DROP INDEX `PRIMARY`}: MySQL's primary key is the index named PRIMARY. */
    private static boolean namesThePrimaryKey(List<Token> clause) {
        return clause.size() > 2 && clause.get(2).text().replace("`", "").equalsIgnoreCase("PRIMARY");
    }

    /** ADD INDEX / KEY / UNIQUE / FULLTEXT / FOREIGN KEY / CHECK, possibly after CONSTRAINT [name]. */
    private static boolean addsNonColumn(List<Token> clause) {
        int i = 1;
        if (i < clause.size() && clause.get(i).isWord("CONSTRAINT")) {
            i++;
            if (i < clause.size() && !clause.get(i).isWord("PRIMARY") && !ADDED_NON_COLUMNS.contains(clause.get(i).upper())) {
                i++; // the constraint's name
            }
        }
        return i < clause.size() && ADDED_NON_COLUMNS.contains(clause.get(i).upper());
    }

    /** The index after {@code [IF EXISTS] name[.name]}. */
    private static int afterTableName(List<Token> tokens, int from) {
        int i = from;
        if (i + 1 < tokens.size() && tokens.get(i).isWord("IF") && tokens.get(i + 1).isWord("EXISTS")) {
            i += 2;
        }
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).is('.')) {
            i += 2;
        }
        return i;
    }

    /** The tokens from {@code from} on, cut at commas outside parentheses. */
    private static List<Clause> clauses(List<Token> tokens, int from) {
        List<Clause> clauses = new ArrayList<>();
        Token comma = null;
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')')) {
                depth = Math.max(0, depth - 1);
            } else if (t.is(',') && depth == 0) {
                clauses.add(new Clause(comma, current));
                comma = t;
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        if (!current.isEmpty() || comma != null) {
            clauses.add(new Clause(comma, current));
        }
        return clauses;
    }
}
