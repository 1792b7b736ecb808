package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/**
 * MySQL's {@code ENUM('a', 'b')} columns. MySQL has no named enum types, so each such column gets
 * its own enum type named {@code <table>_<column>} in the table's schema ({@code orders.status}
 * becomes {@code orders_status}, generated as the Java enum {@code OrdersStatus}). The type belongs
 * to the column: renamed with the table or the column, replaced when MODIFY or CHANGE gives new
 * labels, gone with the column or the table. No MySQL statement names such a type, so the names
 * are settled once, when the schema has been applied.
 */
final class MysqlEnumColumns {
    private MysqlEnumColumns() {}

    static boolean isEnum(ColDataType type) {
        return type.getDataType().trim().equalsIgnoreCase("enum") && type.getArgumentsStringList() != null;
    }

    /** The type of a column declared {@code ENUM(...)}; {@link #settle} makes it known to the schema. */
    static SqlType.Enum declare(ColDataType type, String schema, String table, String column) {
        List<String> labels = type.getArgumentsStringList().stream().map(MysqlLiterals::value).toList();
        return new SqlType.Enum(schema, typeName(table, column), labels);
    }

    /**
     * Names each enum column's type after the table and column it now has, and makes the schema's
     * enum types exactly those of the enum columns left.
     */
    static void settle(SchemaModel model) {
        List<SqlType.Enum> owned = new ArrayList<>();
        for (MutableTable table : model.tables()) {
            for (Column column : table.columns()) {
                if (column.type() instanceof SqlType.Enum type) {
                    SqlType.Enum named = new SqlType.Enum(table.schema(), typeName(table.name(), column.name()),
                            type.labels());
                    if (!named.equals(type)) {
                        table.replace(column.name(), column.withType(named));
                    }
                    owned.add(named);
                }
            }
        }
        model.replaceEnums(owned);
    }

    private static String typeName(String table, String column) {
        return (table.isEmpty() ? column : table + "_" + column).toLowerCase(Locale.ROOT);
    }
}
