package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;
import java.util.List;

/**
 * A function declared in the schema with CREATE FUNCTION, typed from its declaration.
 *
 * @param params the input parameter types (IN, INOUT and VARIADIC), in order
 * @param defaults how many trailing parameters have a DEFAULT and may be left out
 * @param resultColumns for {@code RETURNS TABLE (...)}, its columns; empty otherwise
 * @param strict STRICT / RETURNS NULL ON NULL INPUT: NULL whenever an argument is
 */
public record UserFunction(
        String schema,
        String name,
        List<SqlType> params,
        int defaults,
        SqlType returnType,
        boolean returnsSet,
        List<Column> resultColumns,
        boolean strict) {

    public UserFunction {
        params = List.copyOf(params);
        resultColumns = List.copyOf(resultColumns);
    }

    /** The same function in another schema (its schema renamed). */
    UserFunction withSchema(String newSchema) {
        return new UserFunction(newSchema, name, params, defaults, returnType, returnsSet, resultColumns, strict);
    }

    /** Whether a call with this many arguments can reach this function. */
    public boolean accepts(int argCount) {
        return argCount <= params.size() && argCount >= params.size() - defaults;
    }
}
