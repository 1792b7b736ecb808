package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks rows that generated code returned against the nullability its record declares: no
 * component without {@code @Nullable} is ever null, and (for data built to make them so) every
 * {@code @Nullable} component is null in some row.
 */
final class DeclaredNullability {

    private DeclaredNullability() {}

    static boolean declaredNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    /** The names of the components that were null in some row; fails on a null non-null component. */
    static Set<String> nullComponents(List<?> rows) {
        Set<String> seenNull = new TreeSet<>();
        for (Object row : rows) {
            for (RecordComponent component : row.getClass().getRecordComponents()) {
                if (value(row, component) == null) {
                    assertTrue(declaredNullable(component), row.getClass().getSimpleName() + "." + component.getName()
                            + " is declared non-null but came back null in " + row);
                    seenNull.add(component.getName());
                }
            }
        }
        return seenNull;
    }

    /** Every {@code @Nullable} component is null in some row, and no other is ever null. */
    static void assertEveryNullableSeenNull(List<?> rows) {
        assertTrue(!rows.isEmpty(), "no rows");
        Set<String> declared = new TreeSet<>();
        for (RecordComponent component : rows.get(0).getClass().getRecordComponents()) {
            if (declaredNullable(component)) {
                declared.add(component.getName());
            }
        }
        assertEquals(declared, nullComponents(rows), "components declared @Nullable vs components seen null");
    }

    static @org.jspecify.annotations.Nullable Object value(Object row, RecordComponent component) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
