package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Streams a million rows of about 200 bytes each (some 200 MB of row data) from PostgreSQL in a
 * child JVM with a 64 MB heap, the way a generated {@code streamX} method reads them (a lease, a
 * cursor, {@link CursorStream}): the read finishes, so the rows were never all held.
 */
class MillionRowStreamTest {
    static final String SQL = "-- name: MillionRows :many\n"
            + "SELECT g, repeat('x', 200) FROM generate_series(1, 1000000) g";

    @Test
    void aMillionRowsStreamInSixtyFourMegabytes() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                MillionRowStreamTest.class.getName() + "$Child")
                .redirectErrorStream(true)
                .start();
        boolean done = child.waitFor(120, TimeUnit.SECONDS);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!done) {
            child.destroyForcibly();
        }
        assertEquals(List.of("rows=1000000 sum=500000500000", "exit=0"),
                List.of(output, "exit=" + (done ? child.exitValue() : "timeout")));
    }

    /** The child: reads the rows through the runtime's cursor stream and prints a count and a sum. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres")) {
                QueryInfo query = new QueryInfo("MillionRows", "MillionRowStreamTest", SQL);
                Lease lease = ConnectionSource.of(connection).acquire(query, QueryOptions.DEFAULTS);
                PreparedStatement ps = lease.prepareCursor();
                long[] countAndSum = new long[2];
                try (Stream<Long> rows = CursorStream.open(lease, ps, rs -> rs.getLong(1) + rs.getString(2).length() * 0L)) {
                    rows.forEach(g -> {
                        countAndSum[0]++;
                        countAndSum[1] += g;
                    });
                }
                System.out.println("rows=" + countAndSum[0] + " sum=" + countAndSum[1]);
            }
        }
    }
}
