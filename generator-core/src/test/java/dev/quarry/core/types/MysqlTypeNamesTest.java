package dev.quarry.core.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MySQL's declared type names: widths, UNSIGNED, tinyint(1), character sets and synonyms. */
class MysqlTypeNamesTest {

    private static String name(String declared) {
        return MysqlTypeNames.resolve(declared).name();
    }

    @Test
    void integersByWidthAndSign() {
        assertEquals(BaseType.INT2.type(), MysqlTypeNames.resolve("TINYINT"));
        assertEquals(BaseType.UINT1.type(), MysqlTypeNames.resolve("tinyint(3) unsigned"));
        assertEquals(BaseType.INT2.type(), MysqlTypeNames.resolve("SMALLINT(6)"));
        assertEquals(BaseType.UINT2.type(), MysqlTypeNames.resolve("smallint unsigned zerofill"));
        // ZEROFILL implies UNSIGNED; SERIAL is BIGINT UNSIGNED (NOT NULL AUTO_INCREMENT UNIQUE)
        assertEquals(BaseType.UINT4.type(), MysqlTypeNames.resolve("int(11) zerofill"));
        assertEquals(BaseType.UINT8.type(), MysqlTypeNames.resolve("serial"));
        assertEquals(BaseType.INT4.type(), MysqlTypeNames.resolve("MEDIUMINT"));
        assertEquals(BaseType.INT4.type(), MysqlTypeNames.resolve("int(11)"));
        assertEquals(BaseType.UINT4.type(), MysqlTypeNames.resolve("INTEGER UNSIGNED"));
        assertEquals(BaseType.INT8.type(), MysqlTypeNames.resolve("bigint(20) signed"));
        assertEquals(BaseType.UINT8.type(), MysqlTypeNames.resolve("BIGINT UNSIGNED"));
    }

    @Test
    void tinyintOfWidthOneIsBoolean() {
        assertEquals(BaseType.BOOL.type(), MysqlTypeNames.resolve("tinyint(1)"));
        assertEquals(BaseType.BOOL.type(), MysqlTypeNames.resolve("TINYINT( 1 )"));
        assertEquals(BaseType.BOOL.type(), MysqlTypeNames.resolve("BOOLEAN"));
        assertEquals(BaseType.UINT1.type(), MysqlTypeNames.resolve("tinyint(1) unsigned"));
    }

    @Test
    void bitOfWidthOneIsBooleanWiderBitsAreALong() {
        assertEquals(BaseType.BOOL.type(), MysqlTypeNames.resolve("bit(1)"));
        assertEquals(BaseType.BOOL.type(), MysqlTypeNames.resolve("BIT"));
        assertEquals(BaseType.INT8.type(), MysqlTypeNames.resolve("bit(8)"));
        assertEquals(BaseType.INT8.type(), MysqlTypeNames.resolve("BIT(64)"));
    }

    @Test
    void castTargetsSignedAndUnsignedAreSixtyFourBits() {
        assertEquals(BaseType.INT8.type(), MysqlTypeNames.resolve("SIGNED"));
        assertEquals(BaseType.INT8.type(), MysqlTypeNames.resolve("signed integer"));
        assertEquals(BaseType.UINT8.type(), MysqlTypeNames.resolve("UNSIGNED"));
    }

    @Test
    void stringsBinariesAndCharacterSets() {
        assertEquals(BaseType.VARCHAR.type(), MysqlTypeNames.resolve("VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"));
        assertEquals(BaseType.VARCHAR.type(), MysqlTypeNames.resolve("national varchar(10)"));
        assertEquals(BaseType.BPCHAR.type(), MysqlTypeNames.resolve("CHAR(2) BINARY"));
        assertEquals(BaseType.TEXT.type(), MysqlTypeNames.resolve("LONGTEXT CHARSET latin1"));
        assertEquals(BaseType.BYTEA.type(), MysqlTypeNames.resolve("VARBINARY(16)"));
        assertEquals(BaseType.BYTEA.type(), MysqlTypeNames.resolve("mediumblob"));
        assertEquals(BaseType.TEXT.type(), MysqlTypeNames.resolve("ENUM('a','b')"));
        assertEquals("set", name("SET('x','y')"));
    }

    @Test
    void numbersTimesAndOthers() {
        assertEquals(BaseType.NUMERIC.type(), MysqlTypeNames.resolve("DECIMAL(10,2) UNSIGNED"));
        assertEquals(BaseType.NUMERIC.type(), MysqlTypeNames.resolve("fixed(5)"));
        assertEquals(BaseType.FLOAT4.type(), MysqlTypeNames.resolve("FLOAT"));
        assertEquals(BaseType.FLOAT8.type(), MysqlTypeNames.resolve("DOUBLE PRECISION"));
        assertEquals(BaseType.FLOAT8.type(), MysqlTypeNames.resolve("REAL"));
        assertEquals(BaseType.TIMESTAMP.type(), MysqlTypeNames.resolve("DATETIME(6)"));
        assertEquals(BaseType.TIMESTAMP.type(), MysqlTypeNames.resolve("timestamp"));
        assertEquals(BaseType.INT4.type(), MysqlTypeNames.resolve("YEAR(4)"));
        assertEquals(BaseType.JSON.type(), MysqlTypeNames.resolve("`json`"));
        assertEquals("geometry", name("GEOMETRY"));
    }
}
