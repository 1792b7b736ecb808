package dev.quarry.core;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Opens a connection for {@code verify} by asking each JDBC driver visible to a class loader
 * whether it accepts the URL. {@link java.sql.DriverManager} is not used: it registers drivers
 * once per JVM from whatever class loader was current then, so drivers added to a Maven plugin's
 * dependencies would not be found.
 */
public final class JdbcConnections {

    private JdbcConnections() {}

    public static Connection open(String url, @Nullable String user, @Nullable String password, ClassLoader loader)
            throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // describe every statement on the server from its first use, as generated code will see it
            properties.setProperty("prepareThreshold", "-1");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                Connection connection = driver.connect(url, properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        throw new SQLException("no JDBC driver for " + redacted(url) + " is on the class path");
    }

    /** The URL without its query string, which may hold a password. */
    static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }
}
