package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MySQL schema statements: ENUM columns however they are added, MySQL's lexis in schema files, and
 * ALTER TABLE's MODIFY / CHANGE / FIRST / AFTER and RENAME TABLE.
 */
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

    @Test
    void hashCommentsBeforeAndInsideAnAlterTableAreComments() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT, note VARCHAR(20),
                  CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES p (id));
                # drop the foreign key, then the columns
                ALTER TABLE t DROP FOREIGN KEY fk_a, # a comment, with a comma
                  DROP COLUMN c, ALTER COLUMN note SET DEFAULT 'it\\'s, fine', DROP COLUMN b;
                """);
        assertEquals(List.of("id", "a", "note"), ddl.table("t").columns().stream().map(Column::name).toList());
    }

    @Test
    void modifyAndChangeDefineAColumnAnewInPlaceUnlessFirstOrAfterMoveIt() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a INT NOT NULL DEFAULT 0, b TEXT, c INT);
                ALTER TABLE t MODIFY a BIGINT UNSIGNED;
                ALTER TABLE t CHANGE COLUMN b body VARCHAR(20) NOT NULL FIRST;
                ALTER TABLE t MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT AFTER c, ADD d INT AFTER body;
                """);
        assertEquals(List.of("body", "d", "a", "c", "id"), ddl.table("t").columns().stream().map(Column::name).toList());
        // MODIFY without NOT NULL and DEFAULT: the column has neither any more
        assertEquals("bigint unsigned null", ddl.shape("t", "a"));
        assertEquals("varchar not null", ddl.shape("t", "body"));
        assertEquals("int8 not null default", ddl.shape("t", "id"));
        assertEquals(true, ddl.column("t", "id").autoIncrement());
        assertEquals(List.of("id"), ddl.table("t").primaryKey());
    }

    @Test
    void primaryKeysAndTablesChangeAsMysqlChangesThem() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE logins (user_id INT NOT NULL, at DATETIME NOT NULL, PRIMARY KEY (user_id, at));
                ALTER TABLE logins DROP PRIMARY KEY, ADD COLUMN id INT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
                ALTER TABLE logins MODIFY id BIGINT NULL AUTO_INCREMENT;
                RENAME TABLE logins TO sign_ins;
                """);
        assertEquals(List.of("id"), ddl.table("sign_ins").primaryKey());
        // a key column stays NOT NULL whatever MODIFY says
        assertEquals("int8 not null default", ddl.shape("sign_ins", "id"));
        assertEquals(List.of("sign_ins"), ddl.catalog().tables().stream().map(Table::name).toList());
    }

    @Test
    void unknownColumnsOfModifyChangeAndAfterAreErrorsAtTheirNames() {
        Ddl ddl = Ddl.build(Engine.MYSQL, """
                CREATE TABLE t (id INT PRIMARY KEY, a INT);
                ALTER TABLE t MODIFY nope INT;
                ALTER TABLE t CHANGE gone back INT;
                ALTER TABLE t ADD COLUMN b INT AFTER missing;
                RENAME TABLE gone_table TO present;
                """);
        assertEquals(List.of("schema1.sql:2:22: error: column \"nope\" of table \"t\" does not exist",
                "schema1.sql:3:22: error: column \"gone\" of table \"t\" does not exist",
                "schema1.sql:4:38: error: column \"missing\" of table \"t\" does not exist",
                "schema1.sql:5:14: error: table \"gone_table\" does not exist"),
                ddl.rendered().lines().filter(l -> l.contains(": error: ")).toList());
    }

    @Test
    void tablesAndColumnsNamedLikeParserKeywordsAreRead() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE absent (id INT PRIMARY KEY, action VARCHAR(10));
                ALTER TABLE absent ADD COLUMN comment TEXT, RENAME COLUMN action TO next_action;
                RENAME TABLE absent TO present;
                ALTER TABLE present CHANGE comment remark TEXT NOT NULL;
                """);
        assertEquals(List.of("id", "next_action", "remark"),
                ddl.table("present").columns().stream().map(Column::name).toList());
        assertEquals("text not null", ddl.shape("present", "remark"));
    }

    @Test
    void alterTableClausesAboutKeysIndexesChecksAndOptionsLeaveTheColumnChangesBesideThem() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE u (id INT PRIMARY KEY);
                CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT, CONSTRAINT chk CHECK (a > 0));
                ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id);
                ALTER TABLE t DROP FOREIGN KEY fk, DROP COLUMN c;
                ALTER TABLE t DROP INDEX fk, DROP CHECK chk, ADD COLUMN d INT, ADD INDEX (d), ENGINE=InnoDB,
                  MODIFY b BIGINT NOT NULL;
                ALTER IGNORE TABLE t ADD UNIQUE (a), ADD COLUMN e TEXT;
                """);
        assertEquals(List.of("id", "a", "b", "d", "e"), ddl.table("t").columns().stream().map(Column::name).toList());
        assertEquals("int8 not null", ddl.shape("t", "b"));
    }

    @Test
    void statementsThatChangeNoColumnArePassedOverWithoutAWord() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (id INT PRIMARY KEY, a INT);
                ALTER TABLE t DROP FOREIGN KEY IF EXISTS fk;
                ALTER TABLE t CONVERT TO CHARSET utf8mb4, ENGINE = InnoDB, ALGORITHM=INPLACE, LOCK=NONE;
                ALTER TABLE t RENAME INDEX a TO a2, ALTER INDEX a2 INVISIBLE, DROP CHECK a_positive;
                CREATE DEFINER=CURRENT_USER TRIGGER t_a BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;
                LOCK TABLES t WRITE;
                UNLOCK TABLES;
                """);
        assertEquals(List.of("id", "a"), ddl.table("t").columns().stream().map(Column::name).toList());
    }

    @Test
    void viewsWithAlgorithmDefinerAndSqlSecurityAreRecorded() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (id INT PRIMARY KEY, a INT);
                CREATE OR REPLACE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER
                  VIEW v AS SELECT id, a FROM t;
                CREATE DEFINER='app'@'%' VIEW w AS SELECT id FROM t;
                """);
        assertEquals(List.of("v", "w"), ddl.catalog().views().stream().map(View::name).toList());
    }

    @Test
    void anEnumColumnsTypeFollowsTheColumnThroughRenamesRedefinitionsAndDrops() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE orders (id INT PRIMARY KEY, status ENUM('new', 'paid') NOT NULL, kind ENUM('a', 'b'),
                  gone ENUM('x'), retyped ENUM('m'));
                ALTER TABLE orders DROP COLUMN gone;
                ALTER TABLE orders CHANGE kind category ENUM('a', 'b', 'c');
                ALTER TABLE orders MODIFY retyped VARCHAR(10);
                ALTER TABLE orders RENAME COLUMN status TO state;
                RENAME TABLE orders TO purchases;
                CREATE TABLE orders (status ENUM('open', 'closed'));
                CREATE TABLE doomed (e ENUM('z'));
                DROP TABLE doomed;
                """);
        assertEquals(List.of("orders_status", "purchases_category", "purchases_state"),
                ddl.catalog().enums().stream().map(SqlType.Enum::name).toList());
        assertEquals("purchases_state", ddl.type("purchases", "state").name());
        assertEquals(List.of("new", "paid"), ((SqlType.Enum) ddl.type("purchases", "state")).labels());
        assertEquals(List.of("a", "b", "c"), ((SqlType.Enum) ddl.type("purchases", "category")).labels());
        assertEquals(List.of("open", "closed"), ((SqlType.Enum) ddl.type("orders", "status")).labels());
    }

    @Test
    void createTableLikeCopiesDefaultsAutoIncrementAndTheKey() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, state ENUM('on', 'off') DEFAULT 'on');
                CREATE TABLE t_copy LIKE t;
                """);
        assertEquals(List.of("id"), ddl.table("t_copy").primaryKey());
        assertEquals("int4 not null default", ddl.shape("t_copy", "id"));
        assertEquals("t_copy_state", ddl.type("t_copy", "state").name());
        assertEquals(true, ddl.column("t_copy", "state").hasDefault());
    }

    @Test
    void storedProgramsWithoutDelimiterAreOneStatementEachAndFunctionsAreDeclared() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE orders (id INT PRIMARY KEY, qty INT, price DECIMAL(10,2), total DECIMAL(12,2));
                CREATE TRIGGER orders_total BEFORE INSERT ON orders FOR EACH ROW
                BEGIN
                  IF NEW.total IS NULL THEN
                    SET NEW.total = CASE WHEN NEW.qty > 0 THEN NEW.qty * NEW.price ELSE 0 END;
                  END IF;
                END;
                CREATE FUNCTION order_value(p_qty INT, p_price DECIMAL(10,2)) RETURNS DECIMAL(12,2) DETERMINISTIC
                BEGIN
                  RETURN p_qty * p_price;
                END;
                ALTER TABLE orders ADD COLUMN note TEXT;
                """);
        assertEquals("numeric", ddl.catalog().functions("order_value").get(0).returnType().name());
        assertEquals("text null", ddl.shape("orders", "note"));
    }

    @Test
    void delimiterBlocksAndMysqldumpsVersionedCommentsAreRead() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                /*!40101 SET @saved_cs_client = @@character_set_client */;
                CREATE TABLE `t` (`id` int NOT NULL, `a` int DEFAULT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
                /*!50001 DROP VIEW IF EXISTS `v`*/;
                /*!50001 CREATE ALGORITHM=UNDEFINED */
                /*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
                /*!50001 VIEW `v` AS select `t`.`id` AS `id` from `t` */;
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `trg` BEFORE INSERT ON `t`
                FOR EACH ROW BEGIN
                  SET NEW.a = 1;
                END */;;
                DELIMITER ;
                ALTER TABLE t ADD COLUMN b INT;
                """);
        assertEquals(List.of("id", "a", "b"), ddl.table("t").columns().stream().map(Column::name).toList());
        assertEquals(List.of("v"), ddl.catalog().views().stream().map(View::name).toList());
    }

    @Test
    void mariadbsOwnDdlReadsAsTheServerAppliesIt() {
        Ddl ddl = Ddl.clean(Engine.MARIADB, """
                CREATE TABLE a (id INT PRIMARY KEY, x INT);
                ALTER TABLE a MODIFY COLUMN IF EXISTS gone BIGINT, CHANGE COLUMN IF EXISTS x y BIGINT NOT NULL;
                CREATE OR REPLACE TABLE b (id INT PRIMARY KEY);
                CREATE OR REPLACE TABLE b (id BIGINT PRIMARY KEY, z INT);
                CREATE TABLE h (id INT NOT NULL, v INT) WITH SYSTEM VERSIONING;
                ALTER TABLE h DROP SYSTEM VERSIONING, ADD COLUMN w INT;
                CREATE TABLE s (s SERIAL, z INT(11) ZEROFILL);
                """);
        assertEquals("int8 not null", ddl.shape("a", "y"));
        assertEquals(List.of("id", "z"), ddl.table("b").columns().stream().map(Column::name).toList());
        assertEquals(List.of("id", "v", "w"), ddl.table("h").columns().stream().map(Column::name).toList());
        assertEquals("bigint unsigned not null default", ddl.shape("s", "s"));
        assertEquals(true, ddl.column("s", "s").autoIncrement());
        assertEquals("int unsigned null", ddl.shape("s", "z"));
    }

    @Test
    void alterViewDefinesTheViewAnew() {
        Ddl ddl = Ddl.build(Engine.MYSQL, """
                CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(10));
                CREATE VIEW v AS SELECT id, a FROM t;
                ALTER ALGORITHM=MERGE DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW v (ident, label) AS
                  SELECT id, b FROM t WITH LOCAL CHECK OPTION;
                ALTER VIEW nope AS SELECT 1;
                """);
        assertEquals(List.of("ident", "label"), ddl.catalog().view(null, "v").orElseThrow().columnNames());
        assertEquals("unknown-view", ddl.only().code());
    }

    @Test
    void invisibleColumnsAreHiddenUntilMadeVisible() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (id INT PRIMARY KEY, a INT INVISIBLE, b INT, c INT);
                ALTER TABLE t ALTER COLUMN b SET INVISIBLE, ALTER COLUMN a SET VISIBLE;
                ALTER TABLE t MODIFY c BIGINT INVISIBLE, ADD COLUMN d INT INVISIBLE;
                ALTER TABLE t MODIFY d INT;
                """);
        assertEquals(List.of("id", "a", "d"), ddl.table("t").visibleColumns().stream().map(Column::name).toList());
        assertEquals(List.of("id", "a", "b", "c", "d"), ddl.table("t").columns().stream().map(Column::name).toList());
    }

    @Test
    void columnAndTableCommentsAreReadAsMysqlKeepsThem() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (id INT PRIMARY KEY COMMENT 'the key', a INT COMMENT 'it''s a', b INT COMMENT "b\\'s")
                  ENGINE=InnoDB COMMENT='first';
                ALTER TABLE t MODIFY a BIGINT, CHANGE b bee INT COMMENT 'renamed', ENGINE=InnoDB, COMMENT = 'second';
                ALTER TABLE t ADD COLUMN c INT COMMENT 'added';
                """);
        Table t = ddl.table("t");
        assertEquals("second", t.comment());
        assertEquals(java.util.Optional.of("the key"), t.columnComment("id"));
        // MODIFY defines the column anew: without COMMENT it has none
        assertEquals(java.util.Optional.empty(), t.columnComment("a"));
        assertEquals(java.util.Optional.of("renamed"), t.columnComment("bee"));
        assertEquals(java.util.Optional.of("added"), t.columnComment("c"));
    }

    @Test
    void createTableSelectWithoutAsIsATableMadeFromItsQuery() {
        Ddl ddl = Ddl.build(Engine.MYSQL, """
                CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100));
                CREATE TABLE users_backup SELECT * FROM users;
                CREATE TABLE IF NOT EXISTS users_copy IGNORE SELECT id FROM users;
                RENAME TABLE users_backup TO users_backup_2024;
                ALTER TABLE users_backup_2024 ENGINE=InnoDB;
                ALTER TABLE users_backup_2024 ADD PRIMARY KEY (id);
                """);
        assertEquals(List.of("users_backup_2024", "users_copy"),
                ddl.catalog().views().stream().filter(View::tableAsSelect).map(View::name).sorted().toList());
        // its columns come from the query where a query reads it: a column change cannot be applied
        assertEquals("unsupported-ddl", ddl.only().code());
        assertEquals("schema1.sql:6:13", ddl.only().span().location());
    }

    @Test
    void droppingTheIndexNamedPrimaryDropsThePrimaryKey() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE a (id INT NOT NULL, x INT, PRIMARY KEY (id));
                CREATE TABLE b (id INT NOT NULL, x INT, PRIMARY KEY (id));
                CREATE TABLE c (id INT NOT NULL PRIMARY KEY, x INT, KEY kx (x));
                ALTER TABLE a DROP INDEX `PRIMARY`, ADD INDEX ix (x);
                DROP INDEX `PRIMARY` ON b;
                DROP INDEX kx ON c;
                """);
        assertEquals(List.of(), ddl.table("a").primaryKey());
        assertEquals(List.of(), ddl.table("b").primaryKey());
        assertEquals(List.of("id"), ddl.table("c").primaryKey());
    }
}
