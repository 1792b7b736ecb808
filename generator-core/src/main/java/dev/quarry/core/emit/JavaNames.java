package dev.quarry.core.emit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Java names from SQL names: casing, singular table names, reserved words, and deterministic
 * collision handling (the first keeps its name, later ones get {@code 2}, {@code 3}, ...).
 *
 * <p>Singular forms follow simple English rules, as sqlc's do: {@code users -> user},
 * {@code categories -> category}, {@code addresses -> address}, {@code statuses -> status},
 * {@code boxes -> box}, {@code matches -> match}; words ending in {@code ss}, {@code us} or
 * {@code is} and a few irregular words ({@code people}, {@code data}, {@code news}) stay as they are.
 */
public final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits",
            "non-sealed");
    private static final Map<String, String> IRREGULAR = Map.of(
            "people", "people", "data", "data", "news", "news", "series", "series", "species", "species",
            "children", "child", "men", "man", "women", "woman", "media", "media", "information", "information");

    private JavaNames() {}

    /** Words of a SQL name: split at non-alphanumerics, lower-to-upper case changes and acronym ends. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(c)) {
                char prev = current.charAt(current.length() - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    flush(words, current);
                }
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    public static String pascalCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            out.append(capitalize(word));
        }
        return typeIdentifier(out.toString());
    }

    public static String camelCase(String name) {
        List<String> words = words(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? words.get(i).toLowerCase(Locale.ROOT) : capitalize(words.get(i)));
        }
        return identifier(out.toString());
    }

    public static String upperSnake(String name) {
        String joined = String.join("_", words(name)).toUpperCase(Locale.ROOT);
        return identifier(joined.isEmpty() ? "VALUE" : joined);
    }

    /** The record name of a table: PascalCase of its singular form. */
    public static String singularPascalCase(String tableName) {
        List<String> words = words(tableName);
        if (words.isEmpty()) {
            return pascalCase(tableName);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = i == words.size() - 1 ? singular(words.get(i)) : words.get(i);
            out.append(capitalize(word));
        }
        return typeIdentifier(out.toString());
    }

    /** The singular of one English word, by the rules in the class comment. */
    public static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() > 3 && w.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || (w.endsWith("uses") && w.length() > 4 && !isVowel(w.charAt(w.length() - 5)))) {
            return word.substring(0, word.length() - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || !w.endsWith("s") || w.length() < 3) {
            return word;
        }
        return word.substring(0, word.length() - 1);
    }

    /** A legal Java identifier: reserved words get a trailing underscore, a leading digit a leading one. */
    public static String identifier(String name) {
        String n = name.isEmpty() ? "value" : name;
        if (Character.isDigit(n.charAt(0))) {
            n = "_" + n;
        }
        return KEYWORDS.contains(n) ? n + "_" : n;
    }

    /** The first name not in {@code taken}: {@code name}, then {@code name2}, {@code name3}, ... */
    public static String unique(String name, Collection<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            String candidate = name + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Makes names distinct in order, avoiding {@code reserved} as well. */
    public static List<String> distinct(List<String> names, Collection<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String unique = unique(name, taken);
            taken.add(unique);
            out.add(unique);
        }
        return out;
    }

    private static String typeIdentifier(String name) {
        return identifier(name.isEmpty() ? "Value" : name);
    }

    private static String capitalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
