package dev.quarry.core.types;

/** The built-in scalar types Quarry maps to Java, named as PostgreSQL names them. */
public enum BaseType {
    BOOL("bool"),
    INT2("int2"),
    INT4("int4"),
    INT8("int8"),
    FLOAT4("float4"),
    FLOAT8("float8"),
    NUMERIC("numeric"),
    MONEY("money"),
    TEXT("text"),
    VARCHAR("varchar"),
    BPCHAR("bpchar"),
    NAME("name"),
    BYTEA("bytea"),
    UUID("uuid"),
    DATE("date"),
    TIME("time"),
    TIMETZ("timetz"),
    TIMESTAMP("timestamp"),
    TIMESTAMPTZ("timestamptz"),
    INTERVAL("interval"),
    JSON("json"),
    JSONB("jsonb"),
    /** MySQL's unsigned integers, which PostgreSQL lacks; named as MySQL reports the column type. */
    UINT1("tinyint unsigned"),
    UINT2("smallint unsigned"),
    UINT4("int unsigned"),
    UINT8("bigint unsigned"),
    /** Any other named type; the {@link SqlType.Scalar#name()} tells which. */
    OTHER("other");

    private final String pgName;
    private final SqlType.Scalar type;

    BaseType(String pgName) {
        this.pgName = pgName;
        this.type = new SqlType.Scalar(this, pgName);
    }

    public String pgName() {
        return pgName;
    }

    public SqlType.Scalar type() {
        return type;
    }

    public boolean isInteger() {
        return this == INT2 || this == INT4 || this == INT8 || isUnsigned();
    }

    public boolean isUnsigned() {
        return this == UINT1 || this == UINT2 || this == UINT4 || this == UINT8;
    }

    public boolean isNumeric() {
        return isInteger() || this == FLOAT4 || this == FLOAT8 || this == NUMERIC || this == MONEY;
    }

    public boolean isText() {
        return this == TEXT || this == VARCHAR || this == BPCHAR || this == NAME;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == TIMETZ || this == TIMESTAMP || this == TIMESTAMPTZ
                || this == INTERVAL;
    }
}
