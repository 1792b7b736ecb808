package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schema as the DDL leaves it: an immutable value. Names are looked up case-insensitively
 * within a schema; unqualified names resolve in {@code defaultSchema}.
 */
public final class Catalog {
    private final String defaultSchema;
    private final Map<String, Table> tables;
    private final Map<String, SqlType.Enum> enums;
    private final Map<String, View> views;
    private final Map<String, List<UserFunction>> functions;

    public Catalog(String defaultSchema, Collection<Table> tables, Collection<SqlType.Enum> enums) {
        this(defaultSchema, tables, enums, List.of(), List.of());
    }

    public Catalog(String defaultSchema, Collection<Table> tables, Collection<SqlType.Enum> enums,
            Collection<View> views, Collection<UserFunction> functions) {
        this.defaultSchema = defaultSchema;
        Map<String, Table> t = new TreeMap<>();
        tables.forEach(table -> t.put(key(table.schema(), table.name()), table));
        Map<String, SqlType.Enum> e = new TreeMap<>();
        enums.forEach(en -> e.put(key(en.schema(), en.name()), en));
        this.tables = java.util.Collections.unmodifiableMap(t);
        this.enums = java.util.Collections.unmodifiableMap(e);
        Map<String, View> v = new TreeMap<>();
        views.forEach(view -> v.put(key(view.schema(), view.name()), view));
        this.views = java.util.Collections.unmodifiableMap(v);
        Map<String, List<UserFunction>> f = new TreeMap<>();
        functions.forEach(fn -> f.computeIfAbsent(fn.name().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(fn));
        f.replaceAll((k, list) -> List.copyOf(list));
        this.functions = java.util.Collections.unmodifiableMap(f);
    }

    /** The functions declared in the schema under this (unqualified) name, in declaration order. */
    public List<UserFunction> functions(String name) {
        return functions.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public static Catalog empty(String defaultSchema) {
        return new Catalog(defaultSchema, List.of(), List.of());
    }

    public String defaultSchema() {
        return defaultSchema;
    }

    /** Tables in a stable order (schema, then name). */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** Enum types in a stable order (schema, then name). */
    public List<SqlType.Enum> enums() {
        return List.copyOf(enums.values());
    }

    public Optional<Table> table(@org.jspecify.annotations.Nullable String schema, String name) {
        return Optional.ofNullable(tables.get(key(schema == null ? defaultSchema : schema, name)));
    }

    /** Views in a stable order (schema, then name). */
    public List<View> views() {
        return List.copyOf(views.values());
    }

    public Optional<View> view(@org.jspecify.annotations.Nullable String schema, String name) {
        return Optional.ofNullable(views.get(key(schema == null ? defaultSchema : schema, name)));
    }

    public Optional<SqlType.Enum> enumType(@org.jspecify.annotations.Nullable String schema, String name) {
        return Optional.ofNullable(enums.get(key(schema == null ? defaultSchema : schema, name)));
    }

    private static String key(String schema, String name) {
        return schema.toLowerCase(Locale.ROOT) + "." + name.toLowerCase(Locale.ROOT);
    }
}
