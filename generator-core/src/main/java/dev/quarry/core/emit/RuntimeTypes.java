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
    static final ClassName UNSIGNED = ClassName.get(PACKAGE, "Unsigned");
    static final ClassName SQL_ARRAYS = ClassName.get(PACKAGE, "SqlArrays");
    static final ClassName ARRAY_ELEMENTS = ClassName.get(PACKAGE, "ArrayElements");

    private RuntimeTypes() {}
}
