package dev.quarry.core.golden;

import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A database of its own on the shared server, for a golden folder whose schema creates, drops or
 * renames schemas or that sets a search_path: one scratch schema cannot hold those, and schemas
 * created in the shared database would collide with other checkouts' runs. The name carries the
 * pid; the database is dropped on close.
 */
public final class PostgresScratchDatabase implements AutoCloseable {
    private static final Pattern SCHEMA_STATEMENT =
            Pattern.compile("(?i)\\b(?:(?:CREATE|DROP|ALTER)\\s+SCHEMA|SET\\s+SCHEMA)\\b");

    private final String name;

    private PostgresScratchDatabase(String name) {
        this.name = name;
    }

    /** Whether the folder needs a database of its own. */
    public static boolean needed(QuarryConfig config) {
        return !config.searchPath().isEmpty() || SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir())
                .stream().map(SchemaScript::file).anyMatch(f -> SCHEMA_STATEMENT.matcher(f.text()).find());
    }

    public static PostgresScratchDatabase create(String name) throws SQLException {
        try (Connection admin = PostgresServerTypesTest.connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            // template0: nothing another session holds open, unlike template1
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        }
        return new PostgresScratchDatabase(name);
    }

    /** A connection whose search_path is the folder's configured one, if any. */
    public Connection connect(QuarryConfig config) throws SQLException {
        Connection connection = PostgresServerTypesTest.connect(name);
        if (!config.searchPath().isEmpty()) {
            try (Statement st = connection.createStatement()) {
                st.execute("SET search_path TO " + String.join(", ", config.searchPath()));
            }
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = PostgresServerTypesTest.connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
