package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL schema statements: ENUM columns however they are added, and MySQL's lexis in schema files. */
class MysqlDdlTest {

    @Test
    void enumAddedByAlterTableIsNamedLikeOneInCreateTable() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE orders (id INT PRIMARY KEY, status ENUM('new', 'paid') NOT NULL);
                ALTER TABLE orders ADD COLUMN priority ENUM('low', 'high') DEFAULT 'low';
                """);
        SqlType.Enum status = (SqlType.Enum) ddl.type("orders", "status");
        SqlType.Enum priority = (SqlType.Enum) ddl.type("orders", "priority");
        assertEquals("orders_status", status.name());
        assertEquals("orders_priority", priority.name());
        assertEquals(List.of("low", "high"), priority.labels());
    }

    @Test
    void hashCommentsWithSemicolonsDoNotSplitStatements() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                # users; the first table
                CREATE TABLE users (
                  id INT PRIMARY KEY, # the key; numbered
                  note VARCHAR(20) DEFAULT 'it\\'s; fine'
                );
                """);
        assertEquals("int4 not null", ddl.shape("users", "id"));
        assertEquals("varchar null default", ddl.shape("users", "note"));
    }
}
