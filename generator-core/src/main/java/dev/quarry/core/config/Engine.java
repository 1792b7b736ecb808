package dev.quarry.core.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The database a project targets. */
public enum Engine {
    POSTGRESQL("postgresql", "public"),
    SQLITE("sqlite", "main"),
    /** MySQL; a schema is a database, and unqualified names are in the connection's. */
    MYSQL("mysql", "def"),
    /** MariaDB: MySQL's dialect, plus RETURNING after INSERT, REPLACE and DELETE (10.5+). */
    MARIADB("mariadb", "def");

    private final String configName;
    private final String defaultSchema;

    Engine(String configName, String defaultSchema) {
        this.configName = configName;
        this.defaultSchema = defaultSchema;
    }

    public String configName() {
        return configName;
    }

    /** The schema unqualified names resolve to. */
    public String defaultSchema() {
        return defaultSchema;
    }

    /** MySQL or MariaDB: one SQL dialect, type system and DDL; they differ in what statements they take. */
    public boolean isMysqlFamily() {
        return this == MYSQL || this == MARIADB;
    }

    public static Optional<Engine> fromConfigName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("postgres") || n.equals("pg")) {
            return Optional.of(POSTGRESQL);
        }
        return Arrays.stream(values()).filter(e -> e.configName.equals(n)).findFirst();
    }
}
