package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/**
 * MySQL's {@code ENUM('a', 'b')} columns. MySQL has no named enum types, so each such column gets
 * its own enum type named {@code <table>_<column>} in the table's schema ({@code orders.status}
 * becomes {@code orders_status}, generated as the Java enum {@code OrdersStatus}). A later
 * definition of the same table and column replaces the type.
 */
final class MysqlEnumColumns {
    private MysqlEnumColumns() {}

    static boolean isEnum(ColDataType type) {
        return type.getDataType().trim().equalsIgnoreCase("enum") && type.getArgumentsStringList() != null;
    }

    static SqlType.Enum declare(SchemaModel model, ColDataType type, String schema, String table, String column) {
        String name = table.isEmpty() ? column : table + "_" + column;
        List<String> labels = type.getArgumentsStringList().stream().map(MysqlEnumColumns::literal).toList();
        SqlType.Enum declared = new SqlType.Enum(schema, name.toLowerCase(Locale.ROOT), labels);
        var existing = model.enumType(new Identifiers.QualifiedName(schema, declared.name()));
        if (existing.isPresent()) {
            model.replaceEnum(existing.get(), declared);
        } else {
            model.addEnum(declared);
        }
        return declared;
    }

    /** A MySQL string literal's value: either quote, doubled quotes and backslash escapes undone. */
    static String literal(String raw) {
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
}
