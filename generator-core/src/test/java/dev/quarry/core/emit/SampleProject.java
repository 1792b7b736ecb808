package dev.quarry.core.emit;

import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.EnumIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import dev.quarry.core.ir.TableIr;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A hand-built IR with a table of many types, an enum, and queries of every generated kind. */
final class SampleProject {
    static final String PACKAGE = "com.example.db";
    static final List<String> MOOD_LABELS = List.of("happy", "sad", "so-so");

    /** A column of the users table with its declaration per engine; {@code sqlite} null: PostgreSQL only. */
    record Col(String name, SqlType type, boolean nullable, String pg, String sqlite) {}

    private SampleProject() {}

    static SqlType.Enum mood(Engine engine) {
        return new SqlType.Enum(engine.defaultSchema(), "mood", MOOD_LABELS);
    }

    static List<Col> columns(Engine engine) {
        List<Col> cols = new ArrayList<>(List.of(
                new Col("id", t(BaseType.INT8), false, "bigint PRIMARY KEY", "INTEGER PRIMARY KEY"),
                new Col("name", t(BaseType.TEXT), false, "text NOT NULL", "TEXT NOT NULL"),
                new Col("bio", t(BaseType.TEXT), true, "text", "TEXT"),
                new Col("age", t(BaseType.INT4), true, "integer", "INTEGER"),
                new Col("small", t(BaseType.INT2), true, "smallint", "SMALLINT"),
                new Col("score", t(BaseType.FLOAT8), true, "double precision", "REAL"),
                new Col("ratio", t(BaseType.FLOAT4), true, "real", "REAL"),
                new Col("active", t(BaseType.BOOL), false, "boolean NOT NULL", "BOOLEAN NOT NULL"),
                new Col("balance", t(BaseType.NUMERIC), true, "numeric", "NUMERIC"),
                new Col("avatar", t(BaseType.BYTEA), true, "bytea", "BLOB"),
                new Col("external_id", t(BaseType.UUID), true, "uuid", "TEXT"),
                new Col("birthday", t(BaseType.DATE), true, "date", "DATE"),
                new Col("wake_at", t(BaseType.TIME), true, "time", "TEXT"),
                new Col("wake_tz", t(BaseType.TIMETZ), true, "timetz", "TEXT"),
                new Col("created_at", t(BaseType.TIMESTAMP), false, "timestamp NOT NULL", "DATETIME NOT NULL"),
                new Col("seen_at", t(BaseType.TIMESTAMPTZ), true, "timestamptz", "TEXT"),
                new Col("trial", t(BaseType.INTERVAL), true, "interval", "TEXT"),
                new Col("prefs", t(BaseType.JSONB), true, "jsonb", "TEXT"),
                new Col("meta", t(BaseType.JSON), true, "json", "TEXT"),
                new Col("mood", mood(engine), true, "mood", "TEXT")));
        if (engine == Engine.POSTGRESQL) {
            cols.add(new Col("tags", new SqlType.Array(t(BaseType.TEXT)), true, "text[]", null));
            cols.add(new Col("lucky", new SqlType.Array(t(BaseType.INT4)), true, "int[]", null));
        }
        return cols;
    }

    static String ddl(Engine engine) {
        return "CREATE TABLE users ("
                + columns(engine).stream()
                        .map(c -> c.name() + " " + (engine == Engine.POSTGRESQL ? c.pg() : c.sqlite()))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    static ProjectIr of(Engine engine) {
        String schema = engine.defaultSchema();
        List<ColumnIr> userColumns = columns(engine).stream().map(SampleProject::column).toList();
        TableIr users = new TableIr(schema, "users", userColumns, List.of("id"));
        TableIr categories = new TableIr(schema, "categories",
                List.of(column("id", t(BaseType.INT4), false), column("class", t(BaseType.TEXT), true)), List.of("id"));
        EnumIr mood = new EnumIr(schema, "mood", MOOD_LABELS);
        String file = "queries/users.sql";
        String cols = userColumns.stream().map(ColumnIr::name).collect(Collectors.joining(", "));
        List<QueryIr> queries = new ArrayList<>();
        List<ParamIr> insertParams = new ArrayList<>();
        for (int i = 0; i < userColumns.size(); i++) {
            ColumnIr c = userColumns.get(i);
            insertParams.add(new ParamIr(c.name(), c.sqlType(), c.nullable(), List.of(i + 1)));
        }
        String placeholders = userColumns.stream().map(c -> "?").collect(Collectors.joining(", "));
        queries.add(query("InsertUser", QueryKind.EXEC, file, 3,
                "INSERT INTO users (" + cols + ") VALUES (" + placeholders + ")", insertParams, List.of(),
                List.of("Adds a user."), null));
        queries.add(query("GetUser", QueryKind.ONE, file, 7, "SELECT " + cols + " FROM users WHERE id = ?",
                List.of(param("id", BaseType.INT8, 1)), userColumns, List.of(),
                new QueryIr.TableRef(schema, "users")));
        queries.add(query("ListUsersByName", QueryKind.MANY, file, 10,
                "SELECT id, name, bio FROM users WHERE name = ? OR bio = ? ORDER BY id",
                List.of(new ParamIr("needle", t(BaseType.TEXT), false, List.of(1, 2))),
                List.of(userColumns.get(0), userColumns.get(1), userColumns.get(2)),
                List.of("Users whose name or bio is the needle.", "Uses */ and @tags {"), null));
        queries.add(query("CountUsers", QueryKind.ONE, file, 13, "SELECT count(*) AS n FROM users",
                List.of(), List.of(column("n", t(BaseType.INT8), false)), List.of(), null));
        queries.add(query("FindBio", QueryKind.ONE, file, 16, "SELECT bio FROM users WHERE id = ?",
                List.of(param("id", BaseType.INT8, 1)), List.of(userColumns.get(2)), List.of(), null));
        queries.add(query("FindIdByActive", QueryKind.ONE, file, 19, "SELECT id FROM users WHERE active = ?",
                List.of(param("active", BaseType.BOOL, 1)), List.of(userColumns.get(0)), List.of(), null));
        queries.add(query("SetActiveOlderThan", QueryKind.EXECROWS, file, 22,
                "UPDATE users SET active = ? WHERE age > ? OR age IS NULL AND ? IS NULL",
                List.of(param("active", BaseType.BOOL, 1),
                        new ParamIr("min_age", t(BaseType.INT4), true, List.of(2, 3))),
                List.of(), List.of(), null));
        queries.add(query("ListMoods", QueryKind.MANY, file, 25, "SELECT mood FROM users ORDER BY id",
                List.of(), List.of(userColumns.get(19)), List.of(), null));
        queries.add(query("InsertMany", QueryKind.BATCHEXEC, file, 28, "INSERT INTO users (id) VALUES (?)",
                List.of(param("id", BaseType.INT8, 1)), List.of(), List.of(), null));
        QueryFileIr usersFile = new QueryFileIr(file, queries);
        QueryFileIr adminFile = new QueryFileIr("queries/admin/users.sql", List.of(
                query("DeleteUser", QueryKind.EXECROWS, "queries/admin/users.sql", 1, "DELETE FROM users WHERE id = ?",
                        List.of(param("rs", BaseType.INT8, 1)), List.of(), List.of(), null)));
        return new ProjectIr(engine, PACKAGE, List.of(users, categories), List.of(mood), List.of(usersFile, adminFile));
    }

    private static QueryIr query(String name, QueryKind kind, String file, int line, String statement,
            List<ParamIr> params, List<ColumnIr> columns, List<String> doc, QueryIr.TableRef table) {
        String header = "-- name: " + name + " " + kind.annotation() + "\n";
        return new QueryIr(name, kind, file, line, header + statement, header + statement, params, columns, doc, table);
    }

    private static ParamIr param(String name, BaseType type, int position) {
        return new ParamIr(name, t(type), false, List.of(position));
    }

    private static ColumnIr column(Col c) {
        return column(c.name(), c.type(), c.nullable());
    }

    private static ColumnIr column(String name, SqlType type, boolean nullable) {
        return new ColumnIr(name, type, nullable, nullable ? "column users." + name + " is nullable" : null, null);
    }

    private static SqlType t(BaseType base) {
        return SqlType.of(base);
    }
}
