package com.example.courses;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements at the semicolons that end them: not inside quotes
 * ({@code '...'}, {@code "..."}) or comments ({@code --}, {@code /* *}{@code /}), which are
 * dropped. Trigger bodies ({@code BEGIN ... END;}) hold semicolons of their own and are not
 * supported; the app has none.
 */
final class SqlScript {

    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (script.startsWith("--", i)) {
                i = end(script, "\n", i + 2);
            } else if (script.startsWith("/*", i)) {
                i = end(script, "*/", i + 2);
            } else if (c == '\'' || c == '"') {
                // a doubled quote inside a literal closes and reopens it, which copies it unchanged
                int close = end(script, String.valueOf(c), i + 1);
                current.append(script, i, close);
                i = close;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    /** The index just past {@code terminator} at or after {@code from}, or the script's end. */
    private static int end(String script, String terminator, int from) {
        int at = script.indexOf(terminator, from);
        return at < 0 ? script.length() : at + terminator.length();
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
