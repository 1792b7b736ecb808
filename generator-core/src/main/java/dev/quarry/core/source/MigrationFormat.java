package dev.quarry.core.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The migration tools whose folders Quarry reads as they are: each orders its files its own way
 * and marks the parts of a file that roll a change back, which must never be applied.
 */
public enum MigrationFormat {
    /** Every {@code .sql} file, in name order, applied whole. */
    PLAIN("plain"),
    /** {@code V<version>__name.sql} by version, then {@code R__name.sql} by name; {@code U} files ignored. */
    FLYWAY("flyway"),
    /** {@code <version>_name.up.sql} by version; {@code .down.sql} ignored. */
    GOLANG_MIGRATE("golang-migrate"),
    /** {@code <version>_name.sql} by version; only {@code -- +goose Up} sections applied. */
    GOOSE("goose"),
    /** {@code <version>_name.sql} by version; only {@code -- migrate:up} sections applied. */
    DBMATE("dbmate"),
    /** Formatted SQL changelogs ({@code --changeset}) in name order; rollbacks are comments. */
    LIQUIBASE("liquibase");

    private final String configName;

    MigrationFormat(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<MigrationFormat> fromConfigName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(f -> f.configName.equals(wanted) || (f == GOLANG_MIGRATE && wanted.equals("migrate")))
                .findFirst();
    }
}
