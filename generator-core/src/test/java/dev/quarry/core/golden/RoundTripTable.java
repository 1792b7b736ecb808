package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A table of sample values per column of a types table, for round trips through generated code:
 * row {@code r} holds each column's sample {@code r mod n} (so every sample is written once, and
 * columns with fewer samples repeat), and one more row holds NULL in every nullable column. Each
 * row is written by a generated method and read back by another, and every column of every row
 * is compared with what was written; one failure report lists every column that differed.
 */
final class RoundTripTable {
    /** A value to write, and what reading it back must give (the same, unless the database normalizes it). */
    record Sample(@Nullable Object written, @Nullable Object read) {}

    private final Map<String, List<Sample>> columns = new LinkedHashMap<>();
    private final Map<String, BiPredicate<Object, Object>> equivalences = new LinkedHashMap<>();

    /** Samples read back equal to what was written. */
    RoundTripTable column(String component, Object... written) {
        return column(component, Arrays.stream(written).map(v -> new Sample(v, v)).toList());
    }

    RoundTripTable column(String component, List<Sample> samples) {
        columns.put(component, List.copyOf(samples));
        return this;
    }

    /** Compares the values of {@code component} with {@code same(expected, actual)} instead of equality. */
    RoundTripTable comparing(String component, BiPredicate<Object, Object> same) {
        equivalences.put(component, same);
        return this;
    }

    static Sample read(@Nullable Object written, @Nullable Object read) {
        return new Sample(written, read);
    }

    int rowCount() {
        return columns.values().stream().mapToInt(List::size).max().orElse(0) + 1;
    }

    /**
     * The values of row {@code r} in the order of {@code record}'s components: the id for
     * {@code idComponent}, each column's sample, or (in the last row) NULL wherever the component
     * is {@code @Nullable}. Every component must be the id or a column of the table.
     */
    List<@Nullable Object> written(Class<?> record, String idComponent, long id, int r) {
        return values(record, idComponent, id, r, Sample::written);
    }

    private List<@Nullable Object> values(Class<?> record, String idComponent, long id, int r,
            java.util.function.Function<Sample, @Nullable Object> side) {
        List<@Nullable Object> values = new ArrayList<>();
        boolean nullRow = r == rowCount() - 1;
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(idComponent)) {
                values.add(c.getType() == int.class ? (Object) (int) id : (Object) id);
                continue;
            }
            List<Sample> samples = columns.get(c.getName());
            assertTrue(samples != null, "no samples for " + record.getSimpleName() + "." + c.getName());
            if (nullRow && DeclaredNullability.declaredNullable(c)) {
                values.add(null);
            } else {
                // a NOT NULL column keeps a value in the NULL row
                values.add(side.apply(samples.get(r % samples.size())));
            }
        }
        return values;
    }

    /** That every component has samples, and every column with samples is a component of {@code record}. */
    void assertCovers(Class<?> record, String idComponent) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        List<String> expected = new ArrayList<>(columns.keySet());
        expected.add(0, idComponent);
        assertEquals(expected.stream().sorted().toList(), names.stream().sorted().toList(),
                "the samples name exactly the columns of " + record.getSimpleName());
    }

    /**
     * Writes every row through {@code write(values)}, reads each back through {@code read(id)} and
     * compares; ids are {@code firstId, firstId + 1, ...}. Returns the rows read.
     */
    List<Object> roundTrip(Class<?> record, String idComponent, long firstId, Writer write,
            LongFunction<Optional<?>> read) {
        for (int r = 0; r < rowCount(); r++) {
            write.write(written(record, idComponent, firstId + r, r));
        }
        return readAndCompare(record, idComponent, firstId, read);
    }

    /** Reads rows {@code firstId ...} back and compares every column with what row {@code r} wrote. */
    List<Object> readAndCompare(Class<?> record, String idComponent, long firstId, LongFunction<Optional<?>> read) {
        List<String> mismatches = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            long id = firstId + r;
            Object row = read.apply(id).orElseThrow(() -> new AssertionError("row " + id + " was not found"));
            rows.add(row);
            List<@Nullable Object> expected = values(record, idComponent, id, r, Sample::read);
            RecordComponent[] components = row.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                Object actual = DeclaredNullability.value(row, components[i]);
                if (!same(components[i].getName(), expected.get(i), actual)) {
                    mismatches.add("row " + id + " " + components[i].getName() + ": wrote " + show(written(record,
                            idComponent, id, r).get(i)) + ", expected " + show(expected.get(i)) + ", read " + show(actual));
                }
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(12, mismatches.size())),
                mismatches.size() + " values did not round-trip; the first");
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        return rows;
    }

    private boolean same(String component, @Nullable Object expected, @Nullable Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        BiPredicate<Object, Object> custom = equivalences.get(component);
        return custom != null ? custom.test(expected, actual) : deepEquals(expected, actual);
    }

    /** Equality that compares byte arrays by content, also inside lists. */
    static boolean deepEquals(@Nullable Object a, @Nullable Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.deepEquals(a, b);
    }

    /** The same instant, whatever offset it is given in (timestamptz keeps the instant, not the offset). */
    static boolean sameInstant(Object expected, Object actual) {
        if (expected instanceof List<?> x && actual instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!(x.get(i) == null ? y.get(i) == null : y.get(i) != null && sameInstant(x.get(i), y.get(i)))) {
                    return false;
                }
            }
            return true;
        }
        return ((OffsetDateTime) expected).isEqual((OffsetDateTime) actual);
    }

    /** The same number, whatever its scale. */
    static boolean sameNumber(Object expected, Object actual) {
        return ((BigDecimal) expected).compareTo((BigDecimal) actual) == 0;
    }

    private static String show(@Nullable Object value) {
        if (value instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RoundTripTable::show).toList().toString();
        }
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    /** Writes one row given its values in record component order. */
    @FunctionalInterface
    interface Writer {
        void write(List<@Nullable Object> values);
    }
}
