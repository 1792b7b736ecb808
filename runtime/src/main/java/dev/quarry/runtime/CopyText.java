package dev.quarry.runtime;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.JSON;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's COPY text format: one line per row, columns separated by tabs, NULL as {@code \N},
 * and backslash, tab, newline and carriage return escaped with a backslash. Values are written as
 * PostgreSQL reads their text form: ISO dates and times, {@code t}/{@code f}, {@code \x} hex for
 * bytes, array literals for lists.
 */
public final class CopyText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CopyText() {}

    /** Appends one row, terminated by a newline. */
    public static void appendRow(StringBuilder out, @Nullable Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, values[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("\\N");
        } else {
            escape(out, text(value));
        }
    }

    /** The text PostgreSQL reads as {@code value}, before COPY's escaping. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof Boolean b) {
            return b ? "t" : "f";
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder(2 + 2 * bytes.length).append("\\x");
            for (byte b : bytes) {
                hex.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
            return hex.toString();
        } else if (value instanceof List<?> list) {
            return arrayLiteral(list);
        }
        // enums, JSON, intervals as array elements are written; numbers, UUID and java.time values
        // by their toString, a form PostgreSQL reads (ISO 8601)
        return ArrayElements.asText(value);
    }

    /** {@code {"a","b c",NULL}}: every element quoted, so commas, braces and spaces need no thought. */
    static String arrayLiteral(List<?> list) {
        StringBuilder out = new StringBuilder().append('{');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object element = list.get(i);
            if (element == null) {
                out.append("NULL");
            } else if (element instanceof List<?> nested) {
                out.append(arrayLiteral(nested));
            } else {
                out.append('"');
                String text = text(element);
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (c == '"' || c == '\\') {
                        out.append('\\');
                    }
                    out.append(c);
                }
                out.append('"');
            }
        }
        return out.append('}').toString();
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
