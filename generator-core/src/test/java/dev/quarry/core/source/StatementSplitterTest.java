package dev.quarry.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> texts(String sql) {
        return StatementSplitter.split(sql).stream().map(p -> p.text().strip()).toList();
    }

    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        String sql = "CREATE TABLE a (x text DEFAULT ';');\n-- a comment; with a semicolon\n"
                + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n/* block; */ SELECT \"a;b\" FROM t";
        assertEquals(List.of("CREATE TABLE a (x text DEFAULT ';')",
                "-- a comment; with a semicolon\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                "/* block; */ SELECT \"a;b\" FROM t"), texts(sql));
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String sql = "SELECT 1;\n  SELECT 2;";
        StatementSplitter.Piece second = StatementSplitter.split(sql).get(1);
        assertEquals(sql.indexOf("SELECT 2"), second.start());
        assertEquals("SELECT 2", second.text());
        assertEquals(sql.length() - 1, second.end());
    }

    @Test
    void triggerBodiesStayWhole() {
        String sql = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END;\nSELECT 1;";
        assertEquals(2, texts(sql).size());
    }

    @Test
    void commentOnlyPiecesAreDropped() {
        assertEquals(List.of("SELECT 1"), texts("-- nothing\n;\nSELECT 1;\n-- end\n"));
    }

    @Test
    void mysqlHashCommentsAndBackslashEscapesDoNotSplit() {
        String sql = "CREATE TABLE a (x INT); # a comment; with a semicolon\nINSERT INTO a VALUES ('it\\'s; here');\n# only a comment;\n";
        List<StatementSplitter.Piece> pieces = StatementSplitter.split(sql, 0, sql.length(), true);
        assertEquals(List.of("CREATE TABLE a (x INT)", "# a comment; with a semicolon\nINSERT INTO a VALUES ('it\\'s; here')"),
                pieces.stream().map(StatementSplitter.Piece::text).toList());
    }

    @Test
    void outsideMysqlAHashIsNoCommentAndBackslashesDoNotEscape() {
        String sql = "SELECT 1 # 2; SELECT 'a\\'; SELECT 3";
        assertEquals(List.of("SELECT 1 # 2", "SELECT 'a\\'", "SELECT 3"),
                StatementSplitter.split(sql).stream().map(StatementSplitter.Piece::text).toList());
    }

    @Test
    void mysqlStoredProgramsWithoutDelimiterStayWhole() {
        String trigger = """
                CREATE DEFINER=CURRENT_USER() TRIGGER orders_total BEFORE INSERT ON orders FOR EACH ROW
                BEGIN
                  IF NEW.total IS NULL THEN
                    SET NEW.total = CASE WHEN NEW.qty > 0 THEN NEW.qty * NEW.price ELSE 0 END;
                  END IF;
                END""";
        String procedure = """
                CREATE PROCEDURE purge_old(IN keep_days INT)
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  cleanup: LOOP
                    DELETE FROM logs WHERE created_at < NOW() - INTERVAL keep_days DAY LIMIT 1000;
                    IF ROW_COUNT() = 0 THEN LEAVE cleanup; END IF;
                  END LOOP cleanup;
                  CASE keep_days WHEN 0 THEN DELETE FROM logs; ELSE BEGIN END; END CASE;
                  WHILE done < 3 DO SET done = done + 1; END WHILE;
                END""";
        String table = "CREATE TABLE periods (event VARCHAR(10), begin DATE, finish DATE)";
        String sql = trigger + ";\n" + procedure + ";\n" + table + ";\nSELECT 1;";
        assertEquals(List.of(trigger, procedure, table, "SELECT 1"),
                StatementSplitter.split(sql, 0, sql.length(), true).stream().map(StatementSplitter.Piece::text).toList());
    }

    @Test
    void aCaseExpressionInASqliteTriggerDoesNotEndItsBody() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = CASE WHEN n > 0 THEN n ELSE 0 END; "
                + "DELETE FROM c; END";
        assertEquals(List.of(trigger, "SELECT 1"), texts(trigger + ";\nSELECT 1;"));
    }

    @Test
    void beginOutsideAStoredProgramStartsATransaction() {
        assertEquals(List.of("BEGIN", "CREATE TABLE event (id INT)", "COMMIT"),
                texts("BEGIN;\nCREATE TABLE event (id INT);\nCOMMIT;"));
    }

    @Test
    void theMysqlClientsDelimiterCommandIsObeyedAndIsNoStatement() {
        String sql = """
                CREATE TABLE t (id INT);
                DELIMITER $$
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  SET NEW.id = 1;
                END$$
                delimiter ;;
                CREATE PROCEDURE p() BEGIN SELECT ';;' ; END ;;
                DELIMITER ;
                ALTER TABLE t ADD COLUMN b INT;
                """;
        assertEquals(List.of("CREATE TABLE t (id INT)",
                        "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.id = 1;\nEND",
                        "CREATE PROCEDURE p() BEGIN SELECT ';;' ; END ", "ALTER TABLE t ADD COLUMN b INT"),
                StatementSplitter.split(sql, 0, sql.length(), true).stream().map(StatementSplitter.Piece::text).toList());
    }

    @Test
    void mysqlVersionedCommentsAreCode() {
        String sql = "/*!40101 SET NAMES utf8mb4 */;\n/* a comment; */ SELECT 1;";
        assertEquals(List.of("/*!40101 SET NAMES utf8mb4 */", "/* a comment; */ SELECT 1"),
                StatementSplitter.split(sql, 0, sql.length(), true).stream().map(StatementSplitter.Piece::text).toList());
    }
}
