package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
    private static final SqlType MOOD = new SqlType.Enum("public", "mood", List.of("sad", "ok"));

    /** A stand-in mapping that shows which arguments it got. */
    private static final AnalysisJson JSON =
            new AnalysisJson((type, nullable) -> "J<" + type.name() + (nullable ? "?" : "") + ">");

    private static ProjectIr project() {
        ColumnIr id = new ColumnIr("id", SqlType.of(BaseType.INT8), false, null,
                new ColumnIr.ColumnOrigin("public", "users", "id"));
        ColumnIr bio = new ColumnIr("bio", SqlType.of(BaseType.TEXT), true, "column users.bio is nullable", null);
        ColumnIr tags = new ColumnIr("tags", new SqlType.Array(SqlType.of(BaseType.TEXT)), false, null, null);
        QueryIr find = new QueryIr("FindUser", QueryKind.ONE, "queries/users.sql", 3,
                "-- name: FindUser :one\nSELECT id, bio FROM users WHERE id = $1",
                "-- name: FindUser :one\nSELECT id, bio FROM users WHERE id = ?",
                List.of(new ParamIr("id", SqlType.of(BaseType.INT8), false, List.of(1))),
                List.of(id, bio), List.of("Finds a user."), null);
        QueryIr delete = new QueryIr("DeleteUsers", QueryKind.EXECROWS, "queries/users.sql", 7,
                "-- name: DeleteUsers :execrows\nDELETE FROM users WHERE mood = sqlc.narg(mood)",
                "-- name: DeleteUsers :execrows\nDELETE FROM users WHERE mood = ?",
                List.of(new ParamIr("mood", MOOD, true, List.of(1))), List.of(), List.of(), null);
        TableIr users = new TableIr("public", "users", List.of(id, bio, tags), List.of("id"));
        return new ProjectIr(Engine.POSTGRESQL, "com.example.db", List.of(users),
                List.of(new EnumIr("public", "mood", List.of("sad", "ok"))),
                List.of(new QueryFileIr("queries/users.sql", List.of(find, delete))));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelShapeAndKeyOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JSON.render(project()));

        assertEquals(List.of("engine", "package", "queries", "tables", "enums"), fieldNames(root));
        assertEquals("postgresql", root.get("engine").asText());
        assertEquals("com.example.db", root.get("package").asText());
    }

    @Test
    void queriesWithParamsAndColumns() throws Exception {
        JsonNode queries = new ObjectMapper().readTree(JSON.render(project())).get("queries");

        assertEquals(2, queries.size());
        JsonNode find = queries.get(0);
        assertEquals(List.of("name", "kind", "file", "line", "sql", "params", "columns"), fieldNames(find));
        assertEquals("FindUser", find.get("name").asText());
        assertEquals(":one", find.get("kind").asText());
        assertEquals("queries/users.sql", find.get("file").asText());
        assertEquals(3, find.get("line").asInt());
        assertEquals("-- name: FindUser :one\nSELECT id, bio FROM users WHERE id = $1", find.get("sql").asText());

        JsonNode param = find.get("params").get(0);
        assertEquals(List.of("name", "sqlType", "javaType", "nullable"), fieldNames(param));
        assertEquals("id", param.get("name").asText());
        assertEquals("int8", param.get("sqlType").asText());
        assertEquals("J<int8>", param.get("javaType").asText());
        assertFalse(param.get("nullable").asBoolean());

        JsonNode bio = find.get("columns").get(1);
        assertEquals(List.of("name", "sqlType", "javaType", "nullable", "nullableReason"), fieldNames(bio));
        assertEquals("text", bio.get("sqlType").asText());
        assertEquals("J<text?>", bio.get("javaType").asText());
        assertTrue(bio.get("nullable").asBoolean());
        assertEquals("column users.bio is nullable", bio.get("nullableReason").asText());
        assertTrue(find.get("columns").get(0).get("nullableReason").isNull(), "non-null column has a null reason");

        JsonNode delete = queries.get(1);
        assertEquals(":execrows", delete.get("kind").asText());
        assertEquals("mood", delete.get("params").get(0).get("sqlType").asText());
        assertEquals("J<mood?>", delete.get("params").get(0).get("javaType").asText());
        assertEquals(0, delete.get("columns").size());
    }

    @Test
    void tablesAndEnums() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JSON.render(project()));

        JsonNode users = root.get("tables").get(0);
        assertEquals(List.of("schema", "name", "columns", "primaryKey"), fieldNames(users));
        assertEquals("users", users.get("name").asText());
        assertEquals(3, users.get("columns").size());
        assertEquals("text[]", users.get("columns").get(2).get("sqlType").asText());
        assertEquals("id", users.get("primaryKey").get(0).asText());

        JsonNode mood = root.get("enums").get(0);
        assertEquals(List.of("schema", "name", "labels"), fieldNames(mood));
        assertEquals("mood", mood.get("name").asText());
        assertEquals("sad", mood.get("labels").get(0).asText());
        assertEquals("ok", mood.get("labels").get(1).asText());
    }

    @Test
    void outputIsPrettyDeterministicAndUsesNewlines() {
        String first = JSON.render(project());

        assertEquals(first, JSON.render(project()));
        assertFalse(first.contains("\r"));
        assertTrue(first.startsWith("{\n  \"engine\""), first);
        assertTrue(first.endsWith("}\n"));
    }

    @Test
    void emptyProjectHasEmptyArrays() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JSON.render(
                new ProjectIr(Engine.SQLITE, "p", List.of(), List.of(), List.of())));

        assertEquals("sqlite", root.get("engine").asText());
        assertTrue(root.get("queries").isArray() && root.get("queries").isEmpty());
        assertTrue(root.get("tables").isArray() && root.get("tables").isEmpty());
        assertTrue(root.get("enums").isArray() && root.get("enums").isEmpty());
    }
}
