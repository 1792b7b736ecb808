package dev.quarry.core.analyze;

import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.parse.ParamRef;
import dev.quarry.core.parse.ParsedStatement;
import dev.quarry.core.source.Span;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one query while it is analyzed. Occurrences of the same parameter ({@code $1}
 * twice, {@code @id} twice) share one entry, which collects the type inferred from each context;
 * contexts that disagree are an error, since a Java method parameter has one type.
 */
final class ParamTable {
    private final ParsedStatement statement;
    private final Diagnostics diagnostics;
    private final EngineRules rules;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Entry[] bySlot;
    private final java.util.Set<Integer> slicesInList = new java.util.HashSet<>();

    private static final class Entry {
        final ParamRef first;
        final List<Integer> slots = new ArrayList<>();
        SqlType type = SqlType.UNKNOWN;
        @Nullable String typedBy;
        @Nullable String nameHint;
        boolean nullable;
        ColumnIr.@Nullable ColumnOrigin column;

        Entry(ParamRef first) {
            this.first = first;
            this.nullable = first.style() == ParamRef.Style.SQLC_NARG;
        }
    }

    ParamTable(ParsedStatement statement, Diagnostics diagnostics, EngineRules rules) {
        this.statement = statement;
        this.diagnostics = diagnostics;
        this.rules = rules;
        this.bySlot = new Entry[statement.params().size() + 1];
        for (ParamRef ref : statement.params()) {
            Entry entry = entries.computeIfAbsent(ref.key(), k -> new Entry(ref));
            entry.slots.add(ref.slot());
            if (ref.style() == ParamRef.Style.SQLC_NARG) {
                entry.nullable = true;
            }
            bySlot[ref.slot()] = entry;
        }
    }

    boolean isSlot(int slot) {
        return slot > 0 && slot < bySlot.length;
    }

    SqlType typeOf(int slot) {
        return bySlot[slot].type;
    }

    boolean nullableAt(int slot) {
        return bySlot[slot].nullable;
    }

    ParamRef ref(int slot) {
        return statement.params().get(slot - 1);
    }

    /** Where the placeholder at {@code slot} is written. */
    Span span(int slot) {
        return statement.paramSpan(slot);
    }

    /**
     * Records that the parameter at {@code slot} is used where {@code type} is expected.
     *
     * @param nameHint a name for an unnamed parameter ({@code $1} compared with {@code id})
     */
    void infer(int slot, SqlType type, @Nullable String nameHint, String context) {
        Entry entry = bySlot[slot];
        if (entry.nameHint == null && nameHint != null) {
            entry.nameHint = nameHint;
        }
        if (type instanceof SqlType.Unknown) {
            return;
        }
        if (entry.type instanceof SqlType.Unknown) {
            entry.type = type;
            entry.typedBy = context;
            return;
        }
        if (!entry.type.equals(type) && !compatible(entry.type, type)) {
            diagnostics.error("param-type-conflict", span(slot),
                    "parameter " + display(entry) + " is used as " + type.name() + " here (" + context + ") but as "
                            + entry.type.name() + " elsewhere (" + entry.typedBy + ")",
                    "cast it where it is used to one type");
        }
    }

    /** Whether the placeholder at {@code slot} is a {@code sqlc.slice}. */
    boolean isSlice(int slot) {
        return isSlot(slot) && ref(slot).style() == ParamRef.Style.SQLC_SLICE;
    }

    /** The slice at {@code slot} is the only value of an IN list, the one place it can expand. */
    void sliceInList(int slot) {
        slicesInList.add(slot);
    }

    /** The parameter is written into or compared with this table column. */
    void writtenInto(int slot, ColumnIr.ColumnOrigin column) {
        if (bySlot[slot].column == null) {
            bySlot[slot].column = column;
        }
    }

    /** The parameter is assigned to a nullable column: it may be null. */
    void markNullable(int slot) {
        bySlot[slot].nullable = true;
    }

    private static boolean compatible(SqlType a, SqlType b) {
        return a instanceof SqlType.Scalar sa && b instanceof SqlType.Scalar sb
                && sa.base().isText() && sb.base().isText();
    }

    private static String display(Entry entry) {
        ParamRef ref = entry.first;
        return switch (ref.style()) {
            case DOLLAR -> "$" + ref.number();
            case QUESTION -> "?" + ref.slot();
            default -> "\"" + ref.name() + "\"";
        };
    }

    /** The parameters in method order: {@code $N} by N, then the others by first appearance. */
    /**
     * @param earlierErrors whether the query had errors already: a parameter next to an unknown
     *     column cannot be typed, and saying so again would only repeat that error
     */
    List<ParamIr> toIr(boolean earlierErrors) {
        List<Entry> ordered = new ArrayList<>(entries.values());
        int dollars = entries.values().stream().filter(e -> e.first.style() == ParamRef.Style.DOLLAR)
                .mapToInt(e -> e.first.number()).max().orElse(0);
        // $N parameters first, by N; the others after them in order of first appearance
        ordered.sort(Comparator.comparingInt((Entry e) -> e.first.style() == ParamRef.Style.DOLLAR ? e.first.number()
                : dollars + e.first.slot()));
        checkDollarNumbers(ordered);
        List<ParamIr> params = new ArrayList<>();
        for (Entry entry : ordered) {
            int slot = entry.first.slot();
            boolean slice = entry.first.style() == ParamRef.Style.SQLC_SLICE;
            for (int s : slice ? entry.slots : List.<Integer>of()) {
                if (!slicesInList.contains(s)) {
                    diagnostics.error("slice-context", span(s), "sqlc.slice(" + entry.first.name()
                            + ") must be the only value of an IN list", "write x IN (sqlc.slice(" + entry.first.name()
                            + ")) or x NOT IN (sqlc.slice(" + entry.first.name() + "))");
                }
            }
            SqlType type = entry.type;
            if (type instanceof SqlType.Unknown && !earlierErrors) {
                diagnostics.error("param-type-unknown", span(slot), "cannot infer the type of parameter " + display(entry),
                        "compare it with a column, or cast it, e.g. " + castExample(entry));
            }
            params.add(new ParamIr(name(entry), type instanceof SqlType.Unknown ? BaseType.TEXT.type() : type,
                    entry.nullable, entry.slots, slice, entry.column));
        }
        return params;
    }

    private String castExample(Entry entry) {
        return switch (entry.first.style()) {
            case DOLLAR -> rules.castExample("$" + entry.first.number());
            case QUESTION -> rules.castExample("?");
            default -> rules.castExample("sqlc.arg(" + entry.first.name() + ")");
        };
    }

    private void checkDollarNumbers(List<Entry> ordered) {
        int expected = 1;
        for (Entry entry : ordered) {
            if (entry.first.style() != ParamRef.Style.DOLLAR) {
                continue;
            }
            if (entry.first.number() != expected) {
                diagnostics.error("param-numbering", span(entry.first.slot()),
                        "parameter $" + entry.first.number() + " is used but $" + expected + " is not",
                        "number parameters $1, $2, ... without gaps");
                return;
            }
            expected++;
        }
    }

    private static String name(Entry entry) {
        if (entry.first.name() != null) {
            return entry.first.name();
        }
        if (entry.nameHint != null) {
            return entry.nameHint;
        }
        return entry.first.style() == ParamRef.Style.DOLLAR ? "p" + entry.first.number() : "p" + entry.first.slot();
    }
}
