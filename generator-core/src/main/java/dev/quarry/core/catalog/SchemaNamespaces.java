package dev.quarry.core.catalog;

import dev.quarry.core.config.Engine;
import java.util.List;

/**
 * Which schemas an engine's DDL has to create before names can be qualified with them. PostgreSQL
 * tracks them ({@code CREATE SCHEMA}, {@code DROP SCHEMA}, {@code ALTER SCHEMA ... RENAME}); a
 * SQLite qualifier names an attached database and a MySQL one a database, neither of which the
 * schema files create, so their qualifiers are taken as written.
 */
enum SchemaNamespaces {
    TRACKED(List.of("public", "pg_catalog", "information_schema"), List.of("pg_catalog", "information_schema")),
    UNTRACKED(List.of(), List.of());

    private final List<String> builtIn;
    private final List<String> undroppable;

    SchemaNamespaces(List<String> builtIn, List<String> undroppable) {
        this.builtIn = builtIn;
        this.undroppable = undroppable;
    }

    static SchemaNamespaces of(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> TRACKED;
            case SQLITE, MYSQL, MARIADB -> UNTRACKED;
        };
    }

    /** Whether schema statements change the catalog and qualifiers must name a known schema. */
    boolean tracked() {
        return this == TRACKED;
    }

    /** The schemas every database has before any DDL runs. */
    List<String> builtIn() {
        return builtIn;
    }

    /** Schemas the database system needs: DROP SCHEMA refuses them. */
    boolean undroppable(String schema) {
        return undroppable.contains(schema);
    }
}
