package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's {@code CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [IGNORE | REPLACE] SELECT ...}
 * without AS (a backup table in a migration: {@code CREATE TABLE users_backup SELECT * FROM users}),
 * which JSqlParser 5.4 cannot parse. Its query is parsed alone and the table kept as one made by
 * {@code CREATE TABLE ... AS SELECT}. With a column list before the query the table has those
 * columns too, which Quarry does not model: that stays a syntax error.
 */
final class MysqlCreateTableSelect {

    /** The table's name as written and where its query starts in the file. */
    record Form(@Nullable String schema, String name, boolean ifNotExists, int queryStart) {}

    private MysqlCreateTableSelect() {}

    static Optional<Form> find(List<Token> tokens) {
        int i = 1;
        if (at(tokens, i, "TEMPORARY")) {
            i++;
        }
        if (!at(tokens, i, "TABLE")) {
            return Optional.empty();
        }
        i++;
        boolean ifNotExists = at(tokens, i, "IF") && at(tokens, i + 1, "NOT") && at(tokens, i + 2, "EXISTS");
        if (ifNotExists) {
            i += 3;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        String schema = null;
        String name = tokens.get(i).text();
        if (i + 2 < tokens.size() && tokens.get(i + 1).is('.')) {
            schema = name;
            name = tokens.get(i + 2).text();
            i += 2;
        }
        i++;
        if (at(tokens, i, "IGNORE") || at(tokens, i, "REPLACE")) {
            i++;
        }
        boolean query = at(tokens, i, "SELECT") || at(tokens, i, "WITH");
        return query ? Optional.of(new Form(schema, name, ifNotExists, tokens.get(i).start())) : Optional.empty();
    }

    private static boolean at(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord(word);
    }
}
