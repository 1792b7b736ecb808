package dev.quarry.core.emit;

/**
 * Text safe inside a Javadoc comment. SQL goes in {@code <pre>{@code ...}</pre>} when that is
 * safe; otherwise (a {@code *}{@code /}, an {@code @} starting a line, unbalanced braces, a
 * backslash that javac would read as a unicode escape) it is HTML-escaped inside {@code <pre>}.
 */
final class JavadocText {

    private JavadocText() {}

    /** Plain text as HTML that cannot end the comment or start a tag. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A code block showing {@code code} verbatim. */
    static String preformatted(String code) {
        String trimmed = code.strip();
        if (safeInCodeTag(trimmed)) {
            return "<pre>{@code\n" + trimmed + "\n}</pre>";
        }
        return "<pre>\n" + escape(trimmed) + "\n</pre>";
    }

    private static boolean safeInCodeTag(String code) {
        if (code.contains("*/") || code.contains("\\")) {
            return false;
        }
        int depth = 0;
        for (String line : code.split("\n", -1)) {
            if (line.stripLeading().startsWith("@")) {
                return false;
            }
            for (char c : line.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
