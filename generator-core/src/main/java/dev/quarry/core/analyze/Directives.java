package dev.quarry.core.analyze;

import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.diag.Suggestions;
import dev.quarry.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-query overrides written as comments: {@code -- @nullable col} and {@code -- @nonnull col}
 * (several names may follow). They name output columns; a name that is not one is an error.
 */
final class Directives {
    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*@(\\w+)\\s*(.*)$");

    private Directives() {}

    static List<ScopeColumn> apply(List<Span> directives, List<ScopeColumn> columns, Diagnostics diagnostics) {
        List<ScopeColumn> result = new ArrayList<>(columns);
        for (Span span : directives) {
            Matcher m = DIRECTIVE.matcher(span.text().strip());
            if (!m.find()) {
                continue;
            }
            String kind = m.group(1);
            if (!kind.equals("nullable") && !kind.equals("nonnull")) {
                diagnostics.error("unknown-directive", span, "unknown directive @" + kind,
                        "known directives: @nullable, @nonnull");
                continue;
            }
            String[] names = m.group(2).trim().split("[\\s,]+");
            if (names.length == 0 || names[0].isEmpty()) {
                diagnostics.error("directive-without-column", span, "@" + kind + " names no column", null);
                continue;
            }
            for (String name : names) {
                int index = indexOf(result, name);
                if (index < 0) {
                    diagnostics.error("directive-unknown-column", span, "@" + kind + " names \"" + name
                            + "\", which is not an output column of this query",
                            Suggestions.closest(name, result.stream().map(ScopeColumn::name).toList())
                                    .map(s -> "did you mean \"" + s + "\"?").orElse(null));
                    continue;
                }
                ScopeColumn c = result.get(index);
                result.set(index, kind.equals("nullable")
                        ? new ScopeColumn(c.name(), c.type(), true, "declared @nullable at " + span.location(), c.origin())
                        : new ScopeColumn(c.name(), c.type(), false, null, c.origin()));
            }
        }
        return result;
    }

    private static int indexOf(List<ScopeColumn> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
