package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns PostgreSQL's built-in set-returning functions name by their OUT parameters, written
 * by hand: the signature file ({@code pg15-signatures.tsv}) holds argument and result types only,
 * and these functions return {@code record} there (or a single type whose column is named by its OUT
 * parameter, not by the alias). Taken from {@code pg_get_function_arguments} on PostgreSQL 15; a
 * JSON null is an SQL NULL only in the {@code _text} forms.
 */
final class OutParameterColumns {
    /** One OUT column: its name, type and whether it may be NULL (and why). */
    record OutColumn(String name, SqlType type, boolean nullable, String reason) {}

    private static final String JSON_NULL = "a JSON null is returned as NULL";

    private static final Map<String, List<OutColumn>> COLUMNS = Map.of(
            "json_each", List.of(key(), value(BaseType.JSON, false)),
            "jsonb_each", List.of(key(), value(BaseType.JSONB, false)),
            "json_each_text", List.of(key(), value(BaseType.TEXT, true)),
            "jsonb_each_text", List.of(key(), value(BaseType.TEXT, true)),
            "json_array_elements", List.of(value(BaseType.JSON, false)),
            "jsonb_array_elements", List.of(value(BaseType.JSONB, false)),
            "json_array_elements_text", List.of(value(BaseType.TEXT, true)),
            "jsonb_array_elements_text", List.of(value(BaseType.TEXT, true)));

    private OutParameterColumns() {}

    /** The OUT columns of a built-in function of this name, if it is one Quarry knows. */
    static Optional<List<OutColumn>> of(String function) {
        return Optional.ofNullable(COLUMNS.get(function));
    }

    private static OutColumn key() {
        return new OutColumn("key", BaseType.TEXT.type(), false, null);
    }

    private static OutColumn value(BaseType type, boolean jsonNullIsNull) {
        return new OutColumn("value", type.type(), jsonNullIsNull, jsonNullIsNull ? JSON_NULL : null);
    }
}
