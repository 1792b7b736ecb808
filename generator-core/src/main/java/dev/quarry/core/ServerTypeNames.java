package dev.quarry.core;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A driver's type names in Quarry's spelling, which is PostgreSQL's catalog's ({@code int4},
 * {@code text[]}). PgJDBC reports {@code pg_type.typname}: arrays as {@code _int4}, user types
 * possibly quoted and schema-qualified, serial columns by their pseudo-type. Other drivers report
 * SQL-standard names ({@code INTEGER}, {@code VARCHAR}), compared through an alias table.
 */
abstract sealed class ServerTypeNames {

    static ServerTypeNames forProduct(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? new Postgres() : new Standard(!product.contains("mariadb"));
    }

    /**
     * Whether a prepared INSERT/UPDATE/DELETE ... RETURNING is described with its result columns;
     * MariaDB's prepare describes none (they are known only when it runs).
     */
    boolean describesReturning() {
        return true;
    }

    /** The driver's name in Quarry's spelling; null when the driver does not know the type. */
    abstract @Nullable String normalize(@Nullable String driverName);

    boolean sameType(String server, String quarry) {
        return server.equals(quarry);
    }

    static final class Postgres extends ServerTypeNames {
        private static final Map<String, String> PSEUDO_TYPES = Map.of(
                "serial", "int4", "bigserial", "int8", "smallserial", "int2");

        @Override
        @Nullable String normalize(@Nullable String driverName) {
            if (driverName == null || driverName.isEmpty()) {
                return null;
            }
            String bare = driverName.replace("\"", "");
            bare = bare.substring(bare.lastIndexOf('.') + 1);
            if (bare.startsWith("_")) {
                return bare.substring(1) + "[]";
            }
            return PSEUDO_TYPES.getOrDefault(bare, bare);
        }
    }

    /** Drivers speaking SQL-standard names, MariaDB's and MySQL's among them. */
    static final class Standard extends ServerTypeNames {
        private final boolean describesReturning;

        Standard(boolean describesReturning) {
            this.describesReturning = describesReturning;
        }

        @Override
        boolean describesReturning() {
            return describesReturning;
        }

        private static final Map<String, String> ALIASES = Map.ofEntries(
                Map.entry("smallint", "int2"), Map.entry("integer", "int4"), Map.entry("int", "int4"),
                Map.entry("mediumint", "int4"), Map.entry("bigint", "int8"), Map.entry("real", "float4"),
                Map.entry("float", "float4"), Map.entry("double", "float8"), Map.entry("double precision", "float8"),
                Map.entry("decimal", "numeric"), Map.entry("boolean", "bool"), Map.entry("tinyint(1)", "bool"),
                Map.entry("character varying", "varchar"), Map.entry("character", "bpchar"), Map.entry("char", "bpchar"),
                Map.entry("datetime", "timestamp"), Map.entry("blob", "bytea"), Map.entry("varbinary", "bytea"),
                Map.entry("binary", "bytea"), Map.entry("longblob", "bytea"), Map.entry("longtext", "text"),
                Map.entry("mediumtext", "text"), Map.entry("tinytext", "text"));

        @Override
        @Nullable String normalize(@Nullable String driverName) {
            if (driverName == null || driverName.isBlank() || driverName.equalsIgnoreCase("unknown")) {
                return null;
            }
            String name = driverName.strip().toLowerCase(Locale.ROOT);
            return ALIASES.getOrDefault(name, name);
        }

        @Override
        boolean sameType(String server, String quarry) {
            String q = normalize(quarry);
            // BIT(1) is Quarry's bool, a wider BIT(n) its bigint
            return server.equals(q) || unsignedOf(server, q)
                    || server.equals("bit") && ("bool".equals(q) || "int8".equals(q));
        }

        /**
         * {@code INTEGER UNSIGNED} is reported with the word: it is Quarry's {@code int unsigned}
         * (the bases compared through the aliases, so MEDIUMINT and INT are one), or the signed base
         * where Quarry names that.
         */
        private static boolean unsignedOf(String server, @Nullable String quarry) {
            String word = " unsigned";
            if (!server.endsWith(word) || quarry == null) {
                return false;
            }
            String serverBase = server.substring(0, server.length() - word.length());
            String base = ALIASES.getOrDefault(serverBase, serverBase);
            if (quarry.endsWith(word)) {
                String quarryBase = quarry.substring(0, quarry.length() - word.length());
                return base.equals(ALIASES.getOrDefault(quarryBase, quarryBase));
            }
            return base.equals(quarry);
        }
    }
}
