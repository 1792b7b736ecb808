package dev.quarry.core.catalog;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's string literals in DDL: ENUM labels and the {@code COMMENT 'text'} of columns and tables,
 * which generated records carry as Javadoc as PostgreSQL's {@code COMMENT ON} does.
 */
final class MysqlLiterals {
    private MysqlLiterals() {}

    /** A MySQL string literal's value: either quote, doubled quotes and backslash escapes undone. */
    static String value(String raw) {
        String s = raw.trim();
        if (s.length() < 2 || (s.charAt(0) != '\'' && s.charAt(0) != '"')) {
            return s;
        }
        char quote = s.charAt(0);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> next;
                });
            } else if (c == quote && i + 1 < s.length() - 1 && s.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A column's {@code COMMENT 'text'}, as its raw literal from the column's specs (null: none). */
    static Optional<String> comment(@Nullable String rawLiteral) {
        return rawLiteral == null ? Optional.empty() : Optional.of(value(rawLiteral));
    }

    /** The {@code COMMENT [=] 'text'} among a CREATE TABLE's options. */
    static Optional<String> tableComment(@Nullable List<String> options) {
        if (options == null) {
            return Optional.empty();
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equalsIgnoreCase("COMMENT")) {
                int at = i + 1 < options.size() && options.get(i + 1).equals("=") ? i + 2 : i + 1;
                return at < options.size() ? Optional.of(value(options.get(at))) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
