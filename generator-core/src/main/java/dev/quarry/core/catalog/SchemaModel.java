package dev.quarry.core.catalog;

import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The schema while DDL is applied, statement by statement. Mutable, and private to the catalog
 * package: {@link #toCatalog()} hands out the immutable result.
 */
final class SchemaModel {
    private final Identifiers ids;
    private final SchemaNamespaces namespaces;
    /** The schemas that exist now, in the order they came to be. */
    private final List<String> schemas = new ArrayList<>();
    /** Schemas assumed because the configured search path names them, until CREATE SCHEMA makes them. */
    private final List<String> assumedSchemas = new ArrayList<>();
    private final List<MutableTable> tables = new ArrayList<>();
    private final List<SqlType.Enum> enums = new ArrayList<>();
    private final List<View> views = new ArrayList<>();
    private final List<UserFunction> functions = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();

    /** A domain: typed as its base type; NOT NULL on the domain holds for every column of it. */
    record Domain(QualifiedName name, SqlType base, boolean notNull) {}

    SchemaModel(Identifiers ids, SchemaNamespaces namespaces) {
        this.ids = ids;
        this.namespaces = namespaces;
        schemas.addAll(namespaces.builtIn());
        for (String schema : ids.searchPath()) {
            if (namespaces.tracked() && !schemaExists(schema)) {
                schemas.add(schema);
                assumedSchemas.add(schema);
            }
        }
    }

    Identifiers ids() {
        return ids;
    }

    SchemaNamespaces namespaces() {
        return namespaces;
    }

    /** Whether a qualifier may name this schema: always, where the engine does not track schemas. */
    boolean schemaExists(String schema) {
        return !namespaces.tracked() || schemas.stream().anyMatch(s -> ids.same(s, schema));
    }

    /** Known schemas, for "did you mean" hints. */
    List<String> schemaNames() {
        return List.copyOf(schemas);
    }

    /**
     * CREATE SCHEMA: false when the schema already exists. A schema only assumed from the search
     * path is created without complaint: the configuration named it, the DDL makes it.
     */
    boolean createSchema(String schema) {
        if (assumedSchemas.removeIf(s -> ids.same(s, schema))) {
            return true;
        }
        if (schemaExists(schema)) {
            return false;
        }
        schemas.add(schema);
        return true;
    }

    Optional<MutableTable> table(QualifiedName name) {
        return alongSearchPath(name, n -> tables.stream()
                .filter(t -> ids.same(t.schema(), n.schema()) && ids.same(t.name(), n.name()))
                .findFirst());
    }

    /**
     * Looks a name up as given; a name in the first schema of the search path (where unqualified
     * names land) is also looked for in the other schemas of the path, as the server resolves an
     * unqualified name.
     */
    private <T> Optional<T> alongSearchPath(QualifiedName name, Function<QualifiedName, Optional<T>> lookup) {
        Optional<T> found = lookup.apply(name);
        if (found.isPresent() || !ids.same(name.schema(), ids.defaultSchema())) {
            return found;
        }
        for (String schema : ids.searchPath().subList(1, ids.searchPath().size())) {
            found = lookup.apply(new QualifiedName(schema, name.name()));
            if (found.isPresent()) {
                return found;
            }
        }
        return found;
    }

    /** What lives in a schema, as "table a.t", "view a.v", ...; empty when nothing does. */
    List<String> objectsIn(String schema) {
        List<String> found = new ArrayList<>();
        tables.stream().filter(t -> ids.same(t.schema(), schema)).forEach(t -> found.add("table " + schema + "." + t.name()));
        views.stream().filter(v -> ids.same(v.schema(), schema)).forEach(v -> found.add("view " + schema + "." + v.name()));
        enums.stream().filter(e -> ids.same(e.schema(), schema)).forEach(e -> found.add("type " + schema + "." + e.name()));
        domains.stream().filter(d -> ids.same(d.name().schema(), schema))
                .forEach(d -> found.add("domain " + schema + "." + d.name().name()));
        functions.stream().filter(f -> ids.same(f.schema(), schema))
                .forEach(f -> found.add("function " + schema + "." + f.name()));
        return found;
    }

    /**
     * DROP SCHEMA ... CASCADE: the schema and everything in it. As on the server, columns of other
     * schemas' tables whose type is one of its enums are dropped too.
     */
    void dropSchema(String schema) {
        schemas.removeIf(s -> ids.same(s, schema));
        assumedSchemas.removeIf(s -> ids.same(s, schema));
        tables.removeIf(t -> ids.same(t.schema(), schema));
        views.removeIf(v -> ids.same(v.schema(), schema));
        domains.removeIf(d -> ids.same(d.name().schema(), schema));
        functions.removeIf(f -> ids.same(f.schema(), schema));
        List<SqlType.Enum> dropped = enums.stream().filter(e -> ids.same(e.schema(), schema)).toList();
        enums.removeAll(dropped);
        for (MutableTable table : tables) {
            for (Column c : table.columns()) {
                SqlType element = c.type() instanceof SqlType.Array array ? array.element() : c.type();
                if (dropped.contains(element)) {
                    table.drop(c.name());
                }
            }
        }
    }

    /** ALTER SCHEMA ... RENAME TO: everything in it moves along; columns of its enum types follow. */
    void renameSchema(String from, String to) {
        schemas.replaceAll(s -> ids.same(s, from) ? to : s);
        assumedSchemas.removeIf(s -> ids.same(s, from));
        tables.stream().filter(t -> ids.same(t.schema(), from)).forEach(t -> {
            ViewTableReferences.retarget(this, new QualifiedName(from, t.name()), new QualifiedName(to, t.name()));
            t.moveTo(to);
        });
        for (View v : List.copyOf(views)) {
            if (ids.same(v.schema(), from)) {
                ViewTableReferences.retarget(this, new QualifiedName(from, v.name()), new QualifiedName(to, v.name()));
            }
        }
        views.replaceAll(v -> ids.same(v.schema(), from) ? v.withSchema(to) : v);
        domains.replaceAll(d -> ids.same(d.name().schema(), from)
                ? new Domain(new QualifiedName(to, d.name().name()), d.base(), d.notNull()) : d);
        functions.replaceAll(f -> ids.same(f.schema(), from) ? f.withSchema(to) : f);
        for (SqlType.Enum e : List.copyOf(enums)) {
            if (ids.same(e.schema(), from)) {
                replaceEnum(e, new SqlType.Enum(to, e.name(), e.labels()));
            }
        }
    }

    /** Whether a table or view of this name is in exactly this schema (no search path). */
    boolean relationIn(QualifiedName name) {
        return tables.stream().anyMatch(t -> ids.same(t.schema(), name.schema()) && ids.same(t.name(), name.name()))
                || views.stream().anyMatch(v -> ids.same(v.schema(), name.schema()) && ids.same(v.name(), name.name()));
    }

    /** Every table, in the order created. */
    List<MutableTable> tables() {
        return List.copyOf(tables);
    }

    MutableTable createTable(QualifiedName name) {
        MutableTable table = new MutableTable(ids, name.schema(), name.name());
        tables.add(table);
        return table;
    }

    void dropTable(MutableTable table) {
        tables.remove(table);
    }

    /** Table names for "did you mean" hints: unqualified in the default schema. */
    List<String> tableNames() {
        return tables.stream()
                .map(t -> ids.same(t.schema(), ids.defaultSchema()) ? t.name() : t.schema() + "." + t.name())
                .toList();
    }

    /** Every view (and table made by CREATE TABLE ... AS SELECT), in the order created. */
    List<View> views() {
        return List.copyOf(views);
    }

    /** View names for "did you mean" hints: unqualified in the default schema. */
    List<String> viewNames() {
        return views.stream().filter(v -> !v.tableAsSelect())
                .map(v -> ids.same(v.schema(), ids.defaultSchema()) ? v.name() : v.schema() + "." + v.name())
                .toList();
    }

    Optional<View> view(QualifiedName name) {
        return alongSearchPath(name, n -> views.stream()
                .filter(v -> ids.same(v.schema(), n.schema()) && ids.same(v.name(), n.name()))
                .findFirst());
    }

    /** Adds a view, replacing one of the same name (CREATE OR REPLACE VIEW). */
    void putView(View view) {
        view(ids.qualified(view.schema(), view.name())).ifPresent(views::remove);
        views.add(view);
    }

    /** Adds a function, replacing one of the same name and parameter types (CREATE OR REPLACE). */
    void putFunction(UserFunction function) {
        functions.removeIf(f -> ids.same(f.schema(), function.schema()) && ids.same(f.name(), function.name())
                && f.params().equals(function.params()));
        functions.add(function);
    }

    /** DROP FUNCTION name: every overload of that name goes. */
    boolean dropFunctions(QualifiedName name) {
        return functions.removeIf(f -> ids.same(f.schema(), name.schema()) && ids.same(f.name(), name.name()));
    }

    void dropView(View view) {
        views.remove(view);
    }

    /** A view renamed or moved, in its place among the others. */
    void replaceView(View old, View renamed) {
        views.replaceAll(v -> v == old ? renamed : v);
    }

    Optional<SqlType.Enum> enumType(QualifiedName name) {
        return alongSearchPath(name, n -> enums.stream()
                .filter(e -> ids.same(e.schema(), n.schema()) && ids.same(e.name(), n.name()))
                .findFirst());
    }

    void addEnum(SqlType.Enum type) {
        enums.add(type);
    }

    void dropEnum(SqlType.Enum type) {
        enums.remove(type);
    }

    /** The enum types become exactly these (MySQL's, which belong to their columns). */
    void replaceEnums(List<SqlType.Enum> types) {
        enums.clear();
        enums.addAll(types);
    }

    List<String> enumNames() {
        return enums.stream().map(SqlType.Enum::name).toList();
    }

    /**
     * Looks up a user type by the name {@link dev.quarry.core.types.TypeNames} passes: lower case
     * without quotes, possibly qualified. Unqualified names are tried in the default schema, then in
     * {@code tableSchema}, since the DDL usually runs with the table's schema on the search path.
     */
    Optional<SqlType> userType(String normalizedName, String tableSchema) {
        List<String> parts = Identifiers.splitDotted(normalizedName);
        String name = parts.get(parts.size() - 1);
        List<String> schemas = parts.size() > 1 ? List.of(parts.get(parts.size() - 2))
                : java.util.stream.Stream.concat(ids.searchPath().stream(), java.util.stream.Stream.of(tableSchema)).toList();
        for (String schema : schemas) {
            Optional<Domain> domain = domain(schema, name);
            if (domain.isPresent()) {
                return Optional.of(domain.get().base());
            }
            Optional<SqlType.Enum> found = enums.stream()
                    .filter(e -> e.schema().toLowerCase(Locale.ROOT).equals(schema.toLowerCase(Locale.ROOT))
                            && e.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst();
            if (found.isPresent()) {
                return Optional.of(found.get());
            }
        }
        return Optional.empty();
    }

    void addDomain(Domain domain) {
        domains.add(domain);
    }

    private Optional<Domain> domain(String schema, String name) {
        return domains.stream()
                .filter(d -> d.name().schema().equalsIgnoreCase(schema) && d.name().name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** Whether a declared column type names a domain with NOT NULL. */
    boolean domainNotNull(String declared, String tableSchema) {
        String normalized = declared.strip().replace("\"", "");
        if (normalized.endsWith("]")) {
            return false;
        }
        List<String> parts = Identifiers.splitDotted(normalized);
        String name = parts.get(parts.size() - 1);
        List<String> schemas = parts.size() > 1 ? List.of(parts.get(parts.size() - 2))
                : java.util.stream.Stream.concat(ids.searchPath().stream(), java.util.stream.Stream.of(tableSchema)).toList();
        return schemas.stream().map(s -> domain(s, name)).flatMap(Optional::stream).findFirst()
                .map(Domain::notNull).orElse(false);
    }

    /** Columns of every table of this enum type follow a change of the type itself. */
    void replaceEnum(SqlType.Enum old, SqlType.Enum replacement) {
        enums.set(enums.indexOf(old), replacement);
        for (MutableTable table : tables) {
            for (Column c : table.columns()) {
                SqlType changed = substitute(c.type(), old, replacement);
                if (changed != c.type()) {
                    table.replace(c.name(), c.withType(changed));
                }
            }
        }
    }

    private static SqlType substitute(SqlType type, SqlType.Enum old, SqlType.Enum replacement) {
        if (type.equals(old)) {
            return replacement;
        }
        if (type instanceof SqlType.Array array && array.element().equals(old)) {
            return new SqlType.Array(replacement);
        }
        return type;
    }

    Catalog toCatalog() {
        return new Catalog(ids.searchPath(), namespaces.tracked() ? schemas : null,
                tables.stream().map(MutableTable::freeze).toList(), enums, views, functions);
    }
}
