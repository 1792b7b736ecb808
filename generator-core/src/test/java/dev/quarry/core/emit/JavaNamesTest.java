package dev.quarry.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void casing() {
        assertEquals("UserStats", JavaNames.pascalCase("user_stats"));
        assertEquals("UserId", JavaNames.pascalCase("userID"));
        assertEquals("HttpServer", JavaNames.pascalCase("HTTPServer"));
        assertEquals("createdAt", JavaNames.camelCase("created_at"));
        assertEquals("createdAt", JavaNames.camelCase("CreatedAt"));
        assertEquals("FIND_USER_BY_ID", JavaNames.upperSnake("FindUserByID"));
        assertEquals("SO_SO", JavaNames.upperSnake("so-so"));
        assertEquals("IN_PROGRESS", JavaNames.upperSnake("in progress"));
    }

    @Test
    void singularTableNames() {
        assertEquals("User", JavaNames.singularPascalCase("users"));
        assertEquals("Category", JavaNames.singularPascalCase("categories"));
        assertEquals("Address", JavaNames.singularPascalCase("addresses"));
        assertEquals("Status", JavaNames.singularPascalCase("statuses"));
        assertEquals("People", JavaNames.singularPascalCase("people"));
        assertEquals("Box", JavaNames.singularPascalCase("boxes"));
        assertEquals("Match", JavaNames.singularPascalCase("matches"));
        assertEquals("House", JavaNames.singularPascalCase("houses"));
        assertEquals("UserStat", JavaNames.singularPascalCase("user_stats"));
        assertEquals("Status", JavaNames.singularPascalCase("status"));
        assertEquals("Analysis", JavaNames.singularPascalCase("analysis"));
        assertEquals("Child", JavaNames.singularPascalCase("children"));
    }

    @Test
    void reservedWordsAndIllegalStarts() {
        assertEquals("class_", JavaNames.camelCase("class"));
        assertEquals("default_", JavaNames.camelCase("DEFAULT"));
        assertEquals("_1st", JavaNames.camelCase("1st"));
        assertEquals("_2024", JavaNames.upperSnake("2024"));
        assertEquals("value", JavaNames.camelCase("???"));
        assertEquals("VALUE", JavaNames.upperSnake(""));
    }

    @Test
    void collisionsResolveInOrder() {
        assertEquals(List.of("id", "id2", "id3", "name"),
                JavaNames.distinct(List.of("id", "id", "id", "name"), Set.of()));
        assertEquals(List.of("rs2", "ps2", "x"), JavaNames.distinct(List.of("rs", "ps", "x"), Set.of("rs", "ps")));
        assertEquals(List.of("A_B", "A_B2", "VALUES2"),
                EnumEmitter.constantNames(List.of("a b", "a-b", "values")));
    }

    @Test
    void renamedMembersLowerCaseTheirLeadingCapitals() {
        MemberNames members = new MemberNames(java.util.Map.of("user_id", "UserID", "url", "URL",
                "http_port", "HTTPPort", "Kind", "Class", "odd", "not an identifier"));
        assertEquals("userID", members.of("user_id"));
        assertEquals("url", members.of("url"));
        assertEquals("httpPort", members.of("http_port"));
        assertEquals("class_", members.of("kind"));
        assertEquals("notAnIdentifier", members.of("odd"));
        assertEquals("spotifyUrl", members.of("spotify_url"));
    }
}
