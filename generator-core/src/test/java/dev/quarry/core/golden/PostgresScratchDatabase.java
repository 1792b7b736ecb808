package dev.quarry.core.golden;

import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A database of its own on the shared server, for golden folders whose schema creates, drops or
 * renames schemas or that set a search_path: one scratch schema cannot hold those, and schemas
 * created in the shared database would collide with other checkouts' runs. One database per test
 * class and process (the name carries the pid), emptied before each folder by dropping its schemas,
 * and dropped on close.
 *
 * <p>DROP DATABASE waits until every backend of the server has taken note of it, which a backend of
 * someone else's run sitting in COPY FROM STDIN does not do; so it is done once, under a statement
 * timeout, and a database left behind then is reported rather than waited for.
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
            st.execute("SET statement_timeout TO '60s'");
            // left behind by an earlier process of the same pid, if any
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            // template0: nothing another session holds open, unlike template1
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        }
        return new PostgresScratchDatabase(name);
    }

    /**
     * A connection to the database emptied of what an earlier folder left (every schema but the
     * system's dropped, public made again), with the folder's search_path if it sets one.
     */
    public Connection connectEmpty(QuarryConfig config) throws SQLException {
        Connection connection = PostgresServerTypesTest.connect(name);
        try (Statement st = connection.createStatement()) {
            for (String schema : userSchemas(st)) {
                st.execute("DROP SCHEMA \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
            }
            st.execute("CREATE SCHEMA public");
            if (!config.searchPath().isEmpty()) {
                st.execute("SET search_path TO " + String.join(", ", config.searchPath()));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static List<String> userSchemas(Statement st) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace"
                + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = PostgresServerTypesTest.connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("SET statement_timeout TO '15s'");
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop the scratch database " + name + " (" + e.getMessage().strip()
                    + "); drop it by hand when the server is idle");
        }
    }
}
