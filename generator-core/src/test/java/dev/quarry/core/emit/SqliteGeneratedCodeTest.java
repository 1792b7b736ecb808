package dev.quarry.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The generated code of {@link SampleProject}, compiled and run on a sqlite-jdbc file database. */
class SqliteGeneratedCodeTest {

    @Test
    void overAConnection(@TempDir Path dir) throws Exception {
        GeneratedCodeRoundTrip roundTrip = new GeneratedCodeRoundTrip(Engine.SQLITE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"))) {
            try (Statement st = connection.createStatement()) {
                st.execute(SampleProject.ddl(Engine.SQLITE));
            }
            Object queries = roundTrip.queriesOver(connection, Connection.class);
            roundTrip.exerciseQueries(queries);
            roundTrip.assertFailureNamesTheQuery(queries);
            GeneratedCodeRoundTrip.assertConnectionOpen(connection);
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT created_at, seen_at, active, mood FROM users WHERE id = 1")) {
                rs.next();
                // stored the way SQLite's date functions expect
                assertEquals("2024-01-31 12:00:00.25", rs.getString(1));
                assertEquals("2024-02-01 14:00:00Z", rs.getString(2));
                assertEquals(1, rs.getInt(3));
                assertEquals("so-so", rs.getString(4));
            }
        }
    }

    @Test
    void overADataSource(@TempDir Path dir) throws Exception {
        GeneratedCodeRoundTrip roundTrip = new GeneratedCodeRoundTrip(Engine.SQLITE);
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("test.db"));
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute(SampleProject.ddl(Engine.SQLITE));
        }
        Object queries = roundTrip.queriesOver(dataSource, DataSource.class);
        roundTrip.exerciseQueries(queries);
    }
}
