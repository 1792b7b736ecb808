package com.example.courses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Applies the {@code .sql} files of the classpath folder {@value #LOCATION} (the same files Quarry
 * reads as the schema), each once: applied files are recorded in {@code schema_migrations}, so a
 * restart applies only new ones. Each file runs in its own transaction with its record, so a
 * failing file leaves nothing half applied. Files are ordered as Quarry orders them: by the
 * number of a Flyway-style {@code V<n>__} prefix, otherwise by name.
 */
public final class Migrations {
    public static final String LOCATION = "db/migrations";
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

    /** The files applied by this run and those found already applied, in order. */
    public record Result(List<String> applied, List<String> alreadyApplied) {}

    private final DataSource dataSource;

    public Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Result migrate() {
        List<String> files = files();
        List<String> applied = new ArrayList<>();
        List<String> already = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                        + "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
            }
            Set<String> done = appliedNames(connection);
            for (String file : files) {
                if (done.contains(file)) {
                    already.add(file);
                } else {
                    apply(connection, file);
                    applied.add(file);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("migration failed: " + e.getMessage(), e);
        }
        return new Result(applied, already);
    }

    private static Set<String> appliedNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name FROM schema_migrations")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void apply(Connection connection, String file) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (String sql : SqlScript.statements(read(file))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
            // a second instance migrating at the same time fails here on the primary key
            try (PreparedStatement record =
                    connection.prepareStatement("INSERT INTO schema_migrations (name) VALUES (?)")) {
                record.setString(1, file);
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new SQLException(file + ": " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String read(String file) {
        try (var in = Migrations.class.getClassLoader().getResourceAsStream(LOCATION + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("migration disappeared: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration file names, from a folder (an IDE, tests) or from inside the app's jar. */
    static List<String> files() {
        URL url = Migrations.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException("no " + LOCATION + " on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return list(jar.getPath(LOCATION));
            } catch (FileSystemAlreadyExistsException e) {
                return list(FileSystems.getFileSystem(uri).getPath(LOCATION));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted(Comparator.comparingLong(Migrations::version).thenComparing(name -> name))
                    .toList();
        }
    }

    /** The version of {@code V<n>__name.sql}; other names sort after all versioned ones. */
    private static long version(String name) {
        Matcher m = VERSION.matcher(name);
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
