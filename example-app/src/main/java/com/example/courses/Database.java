package com.example.courses;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The connection pool over the app's SQLite database. */
public final class Database {

    private Database() {}

    /**
     * The JDBC URL for a command-line argument or the {@code courses.db} system property: a
     * {@code jdbc:} URL as given, anything else a file path; without either, a new file in a
     * temporary folder, so every run starts from an empty database.
     */
    public static String url(String[] args) {
        String given = args.length > 0 ? args[0] : System.getProperty("courses.db");
        if (given != null && given.startsWith("jdbc:")) {
            return given;
        }
        try {
            Path file = given != null
                    ? Path.of(given)
                    : Files.createTempDirectory("quarry-courses-").resolve("courses.db");
            return "jdbc:sqlite:" + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the database", e);
        }
    }

    public static HikariDataSource open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("courses");
        config.setMaximumPoolSize(4);
        // SQLite checks foreign keys only when a connection asks for it
        config.addDataSourceProperty("foreign_keys", "true");
        // a second writer waits for the first instead of failing with SQLITE_BUSY at once
        config.addDataSourceProperty("busy_timeout", "5000");
        return new HikariDataSource(config);
    }
}
