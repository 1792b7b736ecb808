package dev.quarry.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.types.DayToSecond;
import org.jooq.types.YearToMonth;
import org.jooq.types.YearToSecond;

/**
 * Intervals as text, so that generated code needs no driver classes (PgJDBC's {@code PGInterval}).
 * Reads PostgreSQL's output styles {@code postgres} (the default, {@code 1 year 2 mons 3 days
 * 04:05:06}), {@code postgres_verbose} ({@code @ 1 year 2 mons ago}) and {@code iso_8601}
 * ({@code P1Y2M3DT4H5M6S}); writes ISO 8601, which PostgreSQL reads whatever its style.
 * Day and time fields are folded into one signed duration, as jOOQ's {@link DayToSecond} has one sign.
 */
public final class Intervals {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    private static final Pattern CLOCK = Pattern.compile("([+-]?)(\\d+):(\\d+)(?::(\\d+)(?:\\.(\\d{1,9}))?)?");
    private static final Pattern ISO = Pattern.compile(
            "(-?)P(?:(-?\\d+)Y)?(?:(-?\\d+)M)?(?:(-?\\d+)W)?(?:(-?\\d+)D)?"
                    + "(?:T(?:(-?\\d+)H)?(?:(-?\\d+)M)?(?:(-?\\d+)(?:[.,](\\d{1,9}))?S)?)?");

    private Intervals() {}

    /** Parses an interval as PostgreSQL prints it; throws IllegalArgumentException otherwise. */
    public static YearToSecond parse(String text) {
        String t = text.trim();
        if (t.startsWith("P") || t.startsWith("-P")) {
            return parseIso(t, text);
        }
        long months = 0;
        long days = 0;
        long nanos = 0;
        boolean ago = false;
        String[] tokens = t.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            Matcher clock = CLOCK.matcher(token);
            if (token.equals("@") || token.isEmpty()) {
                continue;
            } else if (token.equals("ago")) {
                ago = true;
            } else if (clock.matches()) {
                nanos += clockNanos(clock);
            } else if (i + 1 < tokens.length) {
                String unit = tokens[++i];
                String amount = token.startsWith("+") ? token.substring(1) : token;
                long whole = Long.parseLong(amount.contains(".") ? amount.substring(0, amount.indexOf('.')) : amount);
                long fraction = fractionNanos(amount, whole < 0 || amount.startsWith("-"));
                if (unit.startsWith("year")) {
                    months += whole * 12;
                } else if (unit.startsWith("mon")) {
                    months += whole;
                } else if (unit.startsWith("day")) {
                    days += whole;
                } else if (unit.startsWith("hour")) {
                    nanos += whole * 3600 * NANOS_PER_SECOND;
                } else if (unit.startsWith("min")) {
                    nanos += whole * 60 * NANOS_PER_SECOND;
                } else if (unit.startsWith("sec")) {
                    nanos += whole * NANOS_PER_SECOND + fraction;
                } else {
                    throw invalid(text);
                }
            } else {
                throw invalid(text);
            }
        }
        return ago ? of(-months, -days, -nanos) : of(months, days, nanos);
    }

    /** ISO 8601 with a sign per field, which PostgreSQL accepts as interval input. */
    public static String format(YearToSecond value) {
        YearToMonth ym = value.getYearToMonth();
        DayToSecond ds = value.getDayToSecond();
        String ymSign = ym.getSign() < 0 ? "-" : "";
        String dsSign = ds.getSign() < 0 ? "-" : "";
        StringBuilder out = new StringBuilder(40).append('P')
                .append(ymSign).append(ym.getYears()).append('Y')
                .append(ymSign).append(ym.getMonths()).append('M')
                .append(dsSign).append(ds.getDays()).append("DT")
                .append(dsSign).append(ds.getHours()).append('H')
                .append(dsSign).append(ds.getMinutes()).append('M')
                .append(dsSign).append(ds.getSeconds());
        if (ds.getNano() != 0) {
            String digits = String.format("%09d", ds.getNano());
            out.append('.').append(digits.replaceFirst("0+$", ""));
        }
        return out.append('S').toString();
    }

    private static YearToSecond parseIso(String t, String text) {
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            throw invalid(text);
        }
        long sign = m.group(1).isEmpty() ? 1 : -1;
        long months = number(m.group(2)) * 12 + number(m.group(3));
        long days = number(m.group(4)) * 7 + number(m.group(5));
        long seconds = number(m.group(8));
        long fraction = m.group(9) == null ? 0 : fractionDigits(m.group(9));
        long nanos = (number(m.group(6)) * 3600 + number(m.group(7)) * 60 + seconds) * NANOS_PER_SECOND
                + (m.group(8) != null && m.group(8).startsWith("-") ? -fraction : fraction);
        return of(sign * months, sign * days, sign * nanos);
    }

    private static long clockNanos(Matcher clock) {
        long hours = Long.parseLong(clock.group(2));
        long minutes = Long.parseLong(clock.group(3));
        long seconds = clock.group(4) == null ? 0 : Long.parseLong(clock.group(4));
        long fraction = clock.group(5) == null ? 0 : fractionDigits(clock.group(5));
        long total = (hours * 3600 + minutes * 60 + seconds) * NANOS_PER_SECOND + fraction;
        return clock.group(1).equals("-") ? -total : total;
    }

    private static long fractionNanos(String amount, boolean negative) {
        int dot = amount.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        long nanos = fractionDigits(amount.substring(dot + 1));
        return negative ? -nanos : nanos;
    }

    private static long fractionDigits(String digits) {
        String padded = (digits + "000000000").substring(0, 9);
        return Long.parseLong(padded);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static YearToSecond of(long months, long days, long nanos) {
        long absMonths = Math.abs(months);
        YearToMonth ym = new YearToMonth((int) (absMonths / 12), (int) (absMonths % 12));
        long total = days * NANOS_PER_DAY + nanos;
        long abs = Math.abs(total);
        long seconds = abs / NANOS_PER_SECOND;
        DayToSecond ds = new DayToSecond(
                (int) (seconds / 86_400), (int) (seconds % 86_400 / 3600), (int) (seconds % 3600 / 60),
                (int) (seconds % 60), (int) (abs % NANOS_PER_SECOND));
        return new YearToSecond(months < 0 ? ym.neg() : ym, total < 0 ? ds.neg() : ds);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not an interval: '" + text + "'");
    }
}
