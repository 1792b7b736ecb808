package dev.quarry.core.catalog;

import dev.quarry.core.types.SqlType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The schema as the DDL leaves it: an immutable value. Names are looked up case-insensitively
 * within a schema; unqualified names resolve in {@code defaultSchema}.
 */
public final class Catalog {
    private final String defaultSchema;
    private final List<String> searchPath;
    /** The schemas that exist; null where the engine does not track schemas. */
    private final @Nullable List<String> schemas;
    private final Map<String, Table> tables;
    private final Map<String, SqlType.Enum> enums;
    private final Map<String, View> views;
    private final Map<String, List<UserFunction>> functions;

    public Catalog(String defaultSchema, Collection<Table> tables, Collection<SqlType.Enum> enums) {
        this(defaultSchema, tables, enums, List.of(), List.of());
    }

    public Catalog(String defaultSchema, Collection<Table> tables, Collection<SqlType.Enum> enums,
            Collection<View> views, Collection<UserFunction> functions) {
        this(List.of(defaultSchema), tables, enums, views, functions);
    }

    /** Unqualified names resolve in the schemas of {@code searchPath}, in order. */
    public Catalog(List<String> searchPath, Collection<Table> tables, Collection<SqlType.Enum> enums,
            Collection<View> views, Collection<UserFunction> functions) {
        this(searchPath, null, tables, enums, views, functions);
    }

    /**
     * @param schemas the schemas that exist (PostgreSQL's, made by CREATE SCHEMA); null where the
     *     engine does not track schemas, so that any qualifier may be used
     */
    public Catalog(List<String> searchPath, @Nullable Collection<String> schemas, Collection<Table> tables,
            Collection<SqlType.Enum> enums, Collection<View> views, Collection<UserFunction> functions) {
        this.searchPath = List.copyOf(searchPath);
        this.schemas = schemas == null ? null : List.copyOf(schemas);
        this.defaultSchema = searchPath.get(0);
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
        return lookup(tables, schema, name);
    }

    /** Views in a stable order (schema, then name). */
    public List<View> views() {
        return List.copyOf(views.values());
    }

    public Optional<View> view(@org.jspecify.annotations.Nullable String schema, String name) {
        return lookup(views, schema, name);
    }

    public Optional<SqlType.Enum> enumType(@org.jspecify.annotations.Nullable String schema, String name) {
        return lookup(enums, schema, name);
    }

    /** Whether a qualifier names a schema that exists; always true where schemas are not tracked. */
    public boolean schemaExists(String schema) {
        return schemas == null || schemas.stream().anyMatch(s -> s.equalsIgnoreCase(schema));
    }

    /** The schemas that exist, in the order they were made; empty where schemas are not tracked. */
    public List<String> schemas() {
        return schemas == null ? List.of() : schemas;
    }

    /** The schemas unqualified names are looked up in, in order. */
    public List<String> searchPath() {
        return searchPath;
    }

    private <T> Optional<T> lookup(Map<String, T> map, @org.jspecify.annotations.Nullable String schema, String name) {
        if (schema != null) {
            return Optional.ofNullable(map.get(key(schema, name)));
        }
        for (String s : searchPath) {
            T found = map.get(key(s, name));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static String key(String schema, String name) {
        return schema.toLowerCase(Locale.ROOT) + "." + name.toLowerCase(Locale.ROOT);
    }
}
