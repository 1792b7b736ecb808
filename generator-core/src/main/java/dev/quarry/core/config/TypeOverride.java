package dev.quarry.core.config;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A user type for a database type or for one column, from {@code java.overrides} in the config.
 * With a {@code converter} (a class implementing jOOQ's {@code Converter<DatabaseType, UserType>}
 * with a public no-argument constructor), values are read as the database type and converted, and
 * converted back when bound; without one, they are read and bound with {@code getObject} and
 * {@code setObject}.
 *
 * @param dbType a type name as Quarry names SQL types ({@code jsonb}, {@code int4[]}), or null
 * @param column {@code table.column} or {@code schema.table.column}, or null
 * @param javaType the fully qualified user type
 * @param converter the fully qualified converter class, or null
 */
public record TypeOverride(@Nullable String dbType, @Nullable String column, String javaType, @Nullable String converter) {

    /** Whether this override is for that column ({@code schema} may be omitted in the config). */
    public boolean matchesColumn(String schema, String table, String columnName) {
        if (column == null) {
            return false;
        }
        String wanted = column.toLowerCase(Locale.ROOT);
        String qualified = (schema + "." + table + "." + columnName).toLowerCase(Locale.ROOT);
        return qualified.equals(wanted) || qualified.endsWith("." + wanted) && wanted.chars().filter(c -> c == '.').count() == 1;
    }

    public boolean matchesType(String sqlTypeName) {
        return dbType != null && dbType.equalsIgnoreCase(sqlTypeName);
    }
}
