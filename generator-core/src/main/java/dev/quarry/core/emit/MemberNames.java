package dev.quarry.core.emit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The config's renames (sqlc's {@code rename}), and the Java name a column or parameter gives a
 * record component or method parameter, before collisions are resolved: camelCase of the SQL name ({@code user_id -> userId}), or, when the
 * config renames it (sqlc's {@code rename}, whose values are Go names), the renamed name with its
 * leading capitals lower-cased and the rest kept as written ({@code UserID -> userID},
 * {@code URL -> url}, {@code HTTPPort -> httpPort}). A rename key matches the SQL name exactly, or
 * else ignoring case.
 */
final class MemberNames {
    private final Map<String, String> rename;
    private final Map<String, String> renameIgnoringCase;

    MemberNames(Map<String, String> rename) {
        this.rename = Map.copyOf(rename);
        // first key wins when two differ only in case, so the choice does not depend on map order
        this.renameIgnoringCase = new TreeMap<>();
        rename.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> renameIgnoringCase.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    }

    String of(String sqlName) {
        return renamed(sqlName).map(MemberNames::decapitalized).orElseGet(() -> JavaNames.camelCase(sqlName));
    }

    /**
     * The config's rename of a name as sqlc keys it (a column's name, a table's singular name, an
     * enum type's name), exactly or else ignoring case; the value as written.
     */
    Optional<String> renamed(String sqlName) {
        String renamed = rename.get(sqlName);
        if (renamed == null) {
            renamed = renameIgnoringCase.get(sqlName.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(renamed);
    }

    /** A Go type name as a Java type name: kept as written when it is an identifier, else PascalCased. */
    static String typeName(String name) {
        boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(Character::isJavaIdentifierPart);
        return identifier ? JavaNames.identifier(Character.toUpperCase(name.charAt(0)) + name.substring(1))
                : JavaNames.pascalCase(name);
    }

    /** A Go name as a Java member name; a name that is no identifier is camelCased instead. */
    static String decapitalized(String name) {
        if (name.isEmpty() || !name.chars().allMatch(Character::isJavaIdentifierPart)
                || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return JavaNames.camelCase(name);
        }
        int capitals = 0;
        while (capitals < name.length() && Character.isUpperCase(name.charAt(capitals))) {
            capitals++;
        }
        // in "HTTPPort" the last capital of the run starts the next word and stays
        int lower = capitals > 1 && capitals < name.length() && Character.isLowerCase(name.charAt(capitals))
                ? capitals - 1 : capitals;
        return JavaNames.identifier(name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower));
    }
}
