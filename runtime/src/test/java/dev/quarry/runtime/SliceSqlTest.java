package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SliceSqlTest {

    @Test
    void expandsEachMarkerToPlaceholdersOrTheEmptyForm() {
        SliceSql sql = SliceSql.of("SELECT 1 WHERE a = ? AND b IN (/*SLICE:bs*/?) AND c NOT IN (/*SLICE:cs*/?) -- end",
                "E1", "E2");
        assertEquals(2, sql.slices());
        assertEquals("SELECT 1 WHERE a = ? AND b IN (?) AND c NOT IN (?, ?, ?) -- end", sql.expand(1, 3));
        assertEquals("SELECT 1 WHERE a = ? AND b IN (E1) AND c NOT IN (E2) -- end", sql.expand(0, 0));
    }

    @Test
    void markersAndEmptyFormsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> SliceSql.of("x IN (/*SLICE:a*/?)"));
        assertThrows(IllegalArgumentException.class, () -> SliceSql.of("x IN (/*SLICE:a*/?)", "E").expand(1, 2));
    }
}
