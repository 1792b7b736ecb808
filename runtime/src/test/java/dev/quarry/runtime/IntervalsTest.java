package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jooq.types.DayToSecond;
import org.jooq.types.YearToMonth;
import org.jooq.types.YearToSecond;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    private static YearToSecond of(int y, int mo, int d, int h, int mi, int s, int nanos) {
        return new YearToSecond(new YearToMonth(y, mo), new DayToSecond(d, h, mi, s, nanos));
    }

    @Test
    void parsesPostgresStyle() {
        assertEquals(of(1, 2, 3, 4, 5, 6, 500_000_000), Intervals.parse("1 year 2 mons 3 days 04:05:06.5"));
        assertEquals(of(0, 0, 0, 0, 0, 0, 0), Intervals.parse("00:00:00"));
        assertEquals(of(0, 0, 3, 0, 0, 0, 0), Intervals.parse("3 days"));
        assertEquals(of(2, 0, 0, 0, 0, 0, 0), Intervals.parse("2 years"));
        YearToSecond negative = Intervals.parse("-1 years -2 mons -3 days -04:05:06");
        assertEquals(-1, negative.getYearToMonth().getSign());
        assertEquals(-1, negative.getDayToSecond().getSign());
        assertEquals(1, negative.getYears());
        assertEquals(4, negative.getHours());
    }

    @Test
    void mixedSignsFoldIntoOneDuration() {
        // PostgreSQL keeps "+1 day -01:00:00"; jOOQ's DayToSecond has one sign, so it is 23 hours
        YearToSecond v = Intervals.parse("1 day -01:00:00");
        assertEquals(of(0, 0, 0, 23, 0, 0, 0), v);
    }

    @Test
    void parsesVerboseAndIso() {
        assertEquals(Intervals.parse("-1 years -2 mons"), Intervals.parse("@ 1 year 2 mons ago"));
        assertEquals(of(1, 2, 3, 4, 5, 6, 500_000_000), Intervals.parse("P1Y2M3DT4H5M6.5S"));
        assertEquals(of(0, 0, 14, 0, 0, 0, 0), Intervals.parse("P2W"));
    }

    @Test
    void formatRoundTrips() {
        YearToSecond v = of(1, 2, 3, 4, 5, 6, 7_000);
        assertEquals("P1Y2M3DT4H5M6.000007S", Intervals.format(v));
        assertEquals(v, Intervals.parse(Intervals.format(v)));
        YearToSecond negative = Intervals.parse("-1 years -2 mons -3 days -04:05:06");
        assertEquals("P-1Y-2M-3DT-4H-5M-6S", Intervals.format(negative));
        assertEquals(negative, Intervals.parse(Intervals.format(negative)));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.parse("forever"));
        assertThrows(IllegalArgumentException.class, () -> Intervals.parse("3 fortnights"));
    }
}
