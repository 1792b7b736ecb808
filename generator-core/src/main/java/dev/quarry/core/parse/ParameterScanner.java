package dev.quarry.core.parse;

import dev.quarry.core.config.Engine;
import dev.quarry.core.source.LexicalScanner;
import dev.quarry.core.source.MysqlLexis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every parameter form ({@code $1}, {@code ?}, {@code @name}, {@code :name},
 * {@code sqlc.arg(name)}, {@code sqlc.narg(name)}, {@code sqlc.slice(name)}) by a plain {@code ?},
 * keeping a side table of what each {@code ?} was and a map from offsets in the rewritten text back
 * to the original. Rewriting to {@code ?} (never to {@code :x}) keeps reserved words used as names
 * from breaking the parser, and gives the exact text JDBC needs.
 */
public final class ParameterScanner {
    private static final Pattern SQLC_MACRO = Pattern.compile(
            "(?i)sqlc\\s*\\.\\s*(arg|narg|slice)\\s*\\(\\s*(?:'([^']*)'|\"([^\"]*)\"|([A-Za-z_][A-Za-z0-9_]*))\\s*\\)");

    private ParameterScanner() {}

    /** The rewritten text and what each of its {@code ?} placeholders stood for. */
    public record Scanned(String original, String jdbc, List<ParamRef> refs, OffsetMap offsets) {}

    public static Scanned scan(String sql) {
        return scan(sql, Engine.POSTGRESQL);
    }

    /**
     * For MySQL, {@code @name} is a user variable, never a parameter, and literals with backslash
     * escapes and {@code #} comments are skipped as MySQL reads them.
     */
    public static Scanned scan(String sql, Engine engine) {
        return scan(sql, engine, false);
    }

    /**
     * With {@code markSlices}, each {@code sqlc.slice(name)} becomes {@code /*SLICE:name*&#47;?}, the
     * marker at which generated code expands the list (sqlc writes the same); the text is then for
     * JDBC only, its offsets are not mapped exactly.
     */
    public static Scanned scan(String sql, Engine engine, boolean markSlices) {
        boolean mysql = engine.isMysqlFamily();
        StringBuilder out = new StringBuilder(sql.length());
        List<ParamRef> refs = new ArrayList<>();
        OffsetMap.Builder offsets = new OffsetMap.Builder();
        int copiedUpTo = 0;
        int i = 0;
        while (i < sql.length()) {
            int skipped = mysql ? MysqlLexis.skipNonCode(sql, i) : LexicalScanner.skipNonCode(sql, i);
            if (skipped != i) {
                i = skipped;
                continue;
            }
            Match m = mysql && sql.charAt(i) == '@' ? null : matchAt(sql, i);
            if (m == null) {
                i++;
                continue;
            }
            out.append(sql, copiedUpTo, i);
            offsets.mark(out.length(), i);
            if (markSlices && m.style == ParamRef.Style.SQLC_SLICE) {
                out.append("/*SLICE:").append(m.name.replace("*/", "")).append("*/");
            }
            out.append('?');
            offsets.mark(out.length(), m.end);
            refs.add(new ParamRef(refs.size() + 1, m.style, m.number, m.name, i, m.end));
            i = m.end;
            copiedUpTo = i;
        }
        out.append(sql, copiedUpTo, sql.length());
        return new Scanned(sql, out.toString(), List.copyOf(refs), offsets.build());
    }

    private record Match(ParamRef.Style style, int number, String name, int end) {}

    private static Match matchAt(String s, int i) {
        char c = s.charAt(i);
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        switch (c) {
            case '$': {
                if (!Character.isDigit(next) || LexicalScanner.isIdentifierPart(prev)) {
                    return null;
                }
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                return new Match(ParamRef.Style.DOLLAR, Integer.parseInt(s.substring(i + 1, j)), null, j);
            }
            case '?':
                // PostgreSQL's jsonb operators ?| and ?& are not parameters.
                if (next == '|' || next == '&') {
                    return null;
                }
                return new Match(ParamRef.Style.QUESTION, 0, null, i + 1);
            case '@':
                // not @@, not the <@ / @> containment operators
                if (!LexicalScanner.isIdentifierStart(next) || prev == '<' || prev == '@'
                        || LexicalScanner.isIdentifierPart(prev)) {
                    return null;
                }
                return named(s, i);
            case ':':
                // not ::cast, not := and not an array slice a[1:n]
                if (!LexicalScanner.isIdentifierStart(next) || prev == ':' || LexicalScanner.isIdentifierPart(prev)
                        || prev == ']' || prev == ')') {
                    return null;
                }
                return named(s, i);
            case 's':
            case 'S': {
                if (LexicalScanner.isIdentifierPart(prev) || !s.regionMatches(true, i, "sqlc", 0, 4)) {
                    return null;
                }
                Matcher m = SQLC_MACRO.matcher(s).region(i, s.length());
                if (!m.lookingAt()) {
                    return null;
                }
                String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                ParamRef.Style style = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "narg" -> ParamRef.Style.SQLC_NARG;
                    case "slice" -> ParamRef.Style.SQLC_SLICE;
                    default -> ParamRef.Style.SQLC_ARG;
                };
                return new Match(style, 0, name, m.end());
            }
            default:
                return null;
        }
    }

    private static Match named(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return new Match(ParamRef.Style.NAMED, 0, s.substring(i + 1, j), j);
    }
}
