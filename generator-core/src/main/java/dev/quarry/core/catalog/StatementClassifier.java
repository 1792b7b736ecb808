package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.List;
import java.util.Set;

/** Sorts schema statements by their first words, before any parsing. */
final class StatementClassifier {
    /** Statements that never change a table's shape. */
    private static final Set<String> PASS_OVER_FIRST_WORDS = Set.of(
            "GRANT", "REVOKE", "SET", "RESET", "BEGIN", "COMMIT", "END", "ROLLBACK", "START",
            "SAVEPOINT", "RELEASE", "PRAGMA", "ANALYZE", "VACUUM", "REINDEX", "NOTIFY", "LISTEN", "UNLISTEN",
            "SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "COPY", "DO", "CALL", "LOCK", "TRUNCATE",
            "REFRESH", "CLUSTER", "SECURITY", "DISCARD", "CHECKPOINT", "ATTACH", "DETACH", "VALUES", "WITH",
            // MySQL's table locks, maintenance and inspection
            "UNLOCK", "FLUSH", "OPTIMIZE", "REPAIR", "CHECK", "CHECKSUM", "HANDLER", "LOAD", "SHOW", "DESCRIBE",
            "DESC", "EXPLAIN", "XA", "KILL", "PURGE", "INSTALL", "UNINSTALL");
    /** What follows CREATE (after OR REPLACE, UNIQUE, ...) for statements that change no table. */
    private static final Set<String> PASS_OVER_CREATED = Set.of(
            "INDEX", "EXTENSION", "TRIGGER", "PROCEDURE", "AGGREGATE", "SEQUENCE",
            "POLICY", "ROLE", "USER", "RULE", "PUBLICATION", "SUBSCRIPTION", "OPERATOR", "CAST", "COLLATION",
            "LANGUAGE", "SERVER", "EVENT", "STATISTICS", "TEXT", "TRANSFORM", "ACCESS", "DATABASE", "TABLESPACE",
            "CONVERSION", "PACKAGE");
    /** Words that may stand between CREATE and the kind of object. */
    private static final Set<String> CREATE_MODIFIERS = Set.of(
            "OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "UNIQUE", "CONSTRAINT",
            "DEFAULT", "TRUSTED", "PROCEDURAL", "RECURSIVE", "MATERIALIZED", "IF", "NOT", "EXISTS",
            "FULLTEXT", "SPATIAL", "ONLINE", "OFFLINE");

    private StatementClassifier() {}

    static StatementKind classify(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return StatementKind.PASS_OVER;
        }
        String first = tokens.get(0).upper();
        return switch (first) {
            case "CREATE" -> classifyCreate(tokens);
            case "COMMENT" -> StatementKind.COMMENT;
            case "ALTER" -> classifyAlter(tokens);
            case "DROP" -> switch (second(tokens)) {
                case "TYPE" -> StatementKind.DROP_TYPE;
                case "SCHEMA" -> StatementKind.DROP_SCHEMA;
                default -> StatementKind.DROP;
            };
            case "RENAME" -> second(tokens).equals("TABLE") ? StatementKind.RENAME_TABLE : StatementKind.OTHER;
            default -> PASS_OVER_FIRST_WORDS.contains(first) ? StatementKind.PASS_OVER : StatementKind.OTHER;
        };
    }

    /** ALTER TABLE (MySQL's ALTER ONLINE / IGNORE TABLE too), ALTER TYPE, ALTER SCHEMA and ALTER VIEW; other ALTERs change no table. */
    private static StatementKind classifyAlter(List<Token> tokens) {
        int i = 1;
        while (i < tokens.size() && (tokens.get(i).isWord("ONLINE") || tokens.get(i).isWord("IGNORE"))) {
            i++;
        }
        String object = i < tokens.size() ? tokens.get(i).upper() : "";
        return switch (object) {
            case "TABLE" -> StatementKind.ALTER_TABLE;
            case "TYPE" -> StatementKind.ALTER_TYPE;
            case "SCHEMA" -> StatementKind.ALTER_SCHEMA;
            case "VIEW" -> StatementKind.ALTER_VIEW;
            default -> StatementKind.PASS_OVER;
        };
    }

    private static StatementKind classifyCreate(List<Token> tokens) {
        int i = 1;
        while (i < tokens.size()) {
            int next = MysqlCreateAttributes.skip(tokens, i);
            if (next == i && !CREATE_MODIFIERS.contains(tokens.get(i).upper())) {
                break;
            }
            i = Math.max(next, i + 1);
        }
        String object = i < tokens.size() ? tokens.get(i).upper() : "";
        if (object.equals("TABLE")) {
            return StatementKind.CREATE_TABLE;
        }
        if (object.equals("TYPE")) {
            return StatementKind.CREATE_TYPE;
        }
        if (object.equals("VIEW")) {
            return StatementKind.CREATE_VIEW;
        }
        if (object.equals("DOMAIN")) {
            return StatementKind.CREATE_DOMAIN;
        }
        if (object.equals("FUNCTION")) {
            return StatementKind.CREATE_FUNCTION;
        }
        if (object.equals("SCHEMA")) {
            return StatementKind.CREATE_SCHEMA;
        }
        return PASS_OVER_CREATED.contains(object) ? StatementKind.PASS_OVER : StatementKind.OTHER;
    }

    private static String second(List<Token> tokens) {
        return tokens.size() > 1 ? tokens.get(1).upper() : "";
    }
}
