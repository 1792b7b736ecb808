package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.SqlType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applies a realistic schema to a real PostgreSQL server and to the catalog builder, and compares
 * every table's columns, types ({@code udt_name}), nullability, defaults, generated columns and
 * primary keys, and every enum's labels. Needs the server at 127.0.0.1:5432; fails if it is not there.
 */
class PostgresCatalogComparisonTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    static final String SCHEMA_SQL = """
            CREATE TYPE post_status AS ENUM ('draft', 'published', 'archived');
            CREATE TYPE "Visibility" AS ENUM ('public', 'private');
            CREATE TYPE leftover AS ENUM ('x');

            CREATE TABLE orgs (
              id bigserial PRIMARY KEY,
              name varchar(100) NOT NULL UNIQUE,
              slug character varying (40) NOT NULL,
              created_at timestamp with time zone NOT NULL DEFAULT now(),
              prefs jsonb NOT NULL DEFAULT '{}',
              plan char(1) DEFAULT 'f'
            );

            CREATE TABLE users (
              id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              org_id bigint NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
              email text NOT NULL,
              "displayName" text,
              first_name text,
              last_name text,
              full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
              age smallint CHECK (age > 0),
              balance numeric(12, 2) DEFAULT 0,
              ratio double precision,
              score real,
              avatar bytea,
              last_ip inet,
              born date,
              wakes_at time,
              wakes_at_tz time with time zone,
              seen_at timestamp(3) without time zone,
              ttl interval,
              external_id uuid DEFAULT gen_random_uuid(),
              tags text[] NOT NULL DEFAULT '{}',
              grid int[][],
              visibility "Visibility" NOT NULL DEFAULT 'public',
              UNIQUE (org_id, email)
            );

            CREATE TABLE posts (
              id serial,
              author_id int NOT NULL REFERENCES users (id),
              title text NOT NULL,
              body text,
              status post_status NOT NULL DEFAULT 'draft',
              history post_status[],
              published_at timestamptz,
              legacy_flag boolean,
              CONSTRAINT posts_pk PRIMARY KEY (id)
            );

            CREATE TABLE post_tags (
              post_id int REFERENCES posts (id),
              tag varchar(30),
              weight smallserial,
              PRIMARY KEY (post_id, tag)
            );

            CREATE TABLE scratch (a int);

            CREATE INDEX posts_author ON posts (author_id);
            CREATE UNIQUE INDEX orgs_slug ON orgs (lower(slug));
            COMMENT ON TABLE posts IS 'Blog posts; one per row';
            CREATE FUNCTION touch() RETURNS trigger AS $$
            BEGIN
              NEW.published_at = now();
              RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
            CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE VIEW published AS SELECT id, title FROM posts WHERE status = 'published';

            ALTER TABLE posts ADD COLUMN slug text;
            ALTER TABLE posts ADD COLUMN IF NOT EXISTS slug text;
            ALTER TABLE posts ALTER COLUMN slug SET NOT NULL;
            ALTER TABLE posts RENAME COLUMN body TO content;
            ALTER TABLE posts ALTER COLUMN content SET DEFAULT '';
            ALTER TABLE posts DROP COLUMN legacy_flag;
            ALTER TABLE posts ADD COLUMN views int NOT NULL DEFAULT 0, ADD COLUMN rank bigint;
            ALTER TABLE posts ALTER COLUMN views TYPE bigint;
            ALTER TABLE posts ALTER COLUMN rank SET DATA TYPE numeric(10, 3);
            ALTER TABLE users ALTER COLUMN first_name SET NOT NULL;
            ALTER TABLE users ALTER COLUMN balance DROP DEFAULT;
            ALTER TABLE orgs ALTER COLUMN plan DROP DEFAULT, ALTER COLUMN plan SET NOT NULL;
            ALTER TABLE scratch RENAME TO kept;
            ALTER TABLE kept ADD CONSTRAINT kept_pk PRIMARY KEY (a);
            ALTER TABLE kept ADD COLUMN b text, ADD COLUMN c text;
            ALTER TABLE kept DROP CONSTRAINT kept_pk;
            CREATE TABLE doomed (x int);
            DROP TABLE IF EXISTS doomed, never_was;
            DROP TYPE leftover;
            ALTER TYPE post_status ADD VALUE 'review' BEFORE 'published';
            ALTER TYPE post_status ADD VALUE IF NOT EXISTS 'deleted';
            ALTER TYPE "Visibility" RENAME VALUE 'private' TO 'hidden';
            """;

    /** A column as compared: name, type, nullability, default and generated, in one line. */
    static String describe(Column c) {
        return c.name() + " " + udtName(c.type()) + (c.notNull() ? " NOT NULL" : "")
                + (c.hasDefault() ? " DEFAULT" : "") + (c.generated() ? " GENERATED" : "");
    }

    private static String udtName(SqlType type) {
        if (type instanceof SqlType.Array array) {
            return "_" + udtName(array.element());
        }
        return type.name();
    }

    @Test
    void catalogMatchesTheServer() throws SQLException {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, SCHEMA_SQL);
        String schema = "quarry_catalog_test_" + ProcessHandle.current().pid();
        try (Connection db = DriverManager.getConnection(URL, "postgres", "")) {
            try (Statement s = db.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path = " + schema + ", public");
                s.execute(SCHEMA_SQL);
            }
            try {
                assertEquals(serverTables(db, schema), ddl.catalog().tables().stream().map(Table::name).toList());
                for (Table table : ddl.catalog().tables()) {
                    assertEquals(serverColumns(db, schema, table.name()),
                            table.columns().stream().map(PostgresCatalogComparisonTest::describe).toList(),
                            "columns of " + table.name());
                    assertEquals(serverPrimaryKey(db, schema, table.name()), table.primaryKey(),
                            "primary key of " + table.name());
                }
                assertEquals(serverEnums(db, schema), ddl.catalog().enums().stream()
                        .map(e -> e.name() + " " + e.labels()).toList());
            } finally {
                try (Statement s = db.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    static List<String> serverTables(Connection db, String schema) throws SQLException {
        return strings(db, """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"
                """, schema);
    }

    static List<String> serverColumns(Connection db, String schema, String table) throws SQLException {
        return strings(db, """
                SELECT column_name || ' ' || udt_name
                  || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
                  || CASE WHEN column_default IS NOT NULL OR is_identity = 'YES' THEN ' DEFAULT' ELSE '' END
                  || CASE WHEN is_generated = 'ALWAYS' THEN ' GENERATED' ELSE '' END
                FROM information_schema.columns
                WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position
                """, schema, table);
    }

    static List<String> serverPrimaryKey(Connection db, String schema, String table) throws SQLException {
        return strings(db, """
                SELECT k.column_name FROM information_schema.table_constraints c
                JOIN information_schema.key_column_usage k
                  ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
                WHERE c.table_schema = ? AND c.table_name = ? AND c.constraint_type = 'PRIMARY KEY'
                ORDER BY k.ordinal_position
                """, schema, table);
    }

    private static List<String> serverEnums(Connection db, String schema) throws SQLException {
        return strings(db, """
                SELECT t.typname || ' [' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ']'
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = ? GROUP BY t.typname ORDER BY lower(t.typname)
                """, schema);
    }

    private static List<String> strings(Connection db, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
