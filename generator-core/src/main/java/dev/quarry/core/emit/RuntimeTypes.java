package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code calls, named as constants: the generator never loads the runtime jar. */
final class RuntimeTypes {
    private static final String PACKAGE = "dev.quarry.runtime";

    static final ClassName CONNECTION_SOURCE = ClassName.get(PACKAGE, "ConnectionSource");
    static final ClassName LEASE = ClassName.get(PACKAGE, "Lease");
    static final ClassName QUERY_INFO = ClassName.get(PACKAGE, "QueryInfo");
    static final ClassName QUARRY_EXCEPTION = ClassName.get(PACKAGE, "QuarryException");
    static final ClassName TOO_MANY_ROWS = ClassName.get(PACKAGE, "TooManyRowsException");
    static final ClassName SQL_ENUM = ClassName.get(PACKAGE, "SqlEnum");
    static final ClassName RESULTS = ClassName.get(PACKAGE, "Results");
    static final ClassName PARAMS = ClassName.get(PACKAGE, "Params");
    static final ClassName SQLITE_TIME = ClassName.get(PACKAGE, "SqliteTime");
    static final ClassName MYSQL_TIME = ClassName.get(PACKAGE, "MysqlTime");
    static final ClassName UNSIGNED = ClassName.get(PACKAGE, "Unsigned");
    static final ClassName SQL_ARRAYS = ClassName.get(PACKAGE, "SqlArrays");
    static final ClassName ARRAY_ELEMENTS = ClassName.get(PACKAGE, "ArrayElements");

    static final ClassName QUERY_OPTIONS = ClassName.get(PACKAGE, "QueryOptions");
    static final ClassName EXEC_RESULT = ClassName.get(PACKAGE, "ExecResult");
    static final ClassName CURSOR_STREAM = ClassName.get(PACKAGE, "CursorStream");
    static final ClassName PG_COPY = ClassName.get(PACKAGE, "PgCopy");
    static final ClassName SLICE_SQL = ClassName.get(PACKAGE, "SliceSql");
    static final ClassName SLICE_STATEMENTS = ClassName.get(PACKAGE, "SliceStatements");
    static final ClassName MULTI_ROW_INSERT = ClassName.get(PACKAGE, "MultiRowInsert");
    static final ClassName SQL_SOURCE = ClassName.get(PACKAGE, "SqlSource");

    /** {@code @SqlSource(file = ..., line = ..., query = ...)}: where a generated member's SQL is written. */
    static com.palantir.javapoet.AnnotationSpec sqlSource(dev.quarry.core.ir.QueryIr query) {
        return com.palantir.javapoet.AnnotationSpec.builder(SQL_SOURCE)
                .addMember("file", "$S", query.file())
                .addMember("line", "$L", query.line())
                .addMember("query", "$S", query.name())
                .build();
    }

    private RuntimeTypes() {}
}
