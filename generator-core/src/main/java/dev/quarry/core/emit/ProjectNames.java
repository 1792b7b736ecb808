package dev.quarry.core.emit;

import com.palantir.javapoet.ClassName;
import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.EnumIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import dev.quarry.core.ir.TableIr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of all generated top-level types of a project, which share one package. Decided once,
 * in IR order (tables, enums, queries classes, row records), so collisions resolve the same way
 * on every run. A table's record and an enum take the config's rename as sqlc keys them: the
 * table's singular name ({@code authors -> author}) or the enum's name, {@code schema_} before
 * either outside the default schema.
 */
final class ProjectNames {
    /** java.lang types generated code refers to by simple name; a generated type of that name shadows them. */
    private static final Set<String> JAVA_LANG = Set.of(
            "Object", "String", "Short", "Integer", "Long", "Float", "Double", "Boolean", "Byte", "Character",
            "Number", "Enum", "Record", "Override", "SuppressWarnings", "Deprecated", "IllegalArgumentException",
            "Class", "System", "Math", "Iterable", "Void", "Exception", "RuntimeException", "Error", "Throwable");

    private final String javaPackage;
    private final MemberNames members;
    private final Map<TableKey, ClassName> tables = new HashMap<>();
    private final Map<TableKey, TableIr> tableIrs = new HashMap<>();
    private final Map<TableKey, ClassName> enums = new HashMap<>();
    private final Map<String, ClassName> queriesClasses = new HashMap<>();
    // by identity: emission asks with the IR's own instances, and a record's hashCode would walk the whole query
    private final Map<QueryIr, ClassName> rows = new IdentityHashMap<>();
    private final Map<QueryIr, ClassName> paramsRecords = new IdentityHashMap<>();
    private final Set<String> taken = new HashSet<>();

    private record TableKey(String schema, String name) {}

    private ProjectNames(String javaPackage, MemberNames members) {
        this.javaPackage = javaPackage;
        this.members = members;
    }

    static ProjectNames of(ProjectIr project) {
        ProjectNames names = new ProjectNames(project.javaPackage(), new MemberNames(project.rename()));
        Engine engine = project.engine();
        for (TableIr table : project.tables()) {
            String simple = names.members.renamed(sqlcPrefix(engine, table.schema()) + singularName(table.name()))
                    .map(MemberNames::typeName)
                    .orElseGet(() -> schemaPrefix(engine, table.schema()) + JavaNames.singularPascalCase(table.name()));
            names.tables.put(new TableKey(table.schema(), table.name()), names.allocate(simple));
            names.tableIrs.put(new TableKey(table.schema(), table.name()), table);
        }
        for (EnumIr e : project.enums()) {
            String simple = names.members.renamed(sqlcPrefix(engine, e.schema()) + e.name())
                    .map(MemberNames::typeName)
                    .orElseGet(() -> schemaPrefix(engine, e.schema()) + JavaNames.pascalCase(e.name()));
            names.enums.put(new TableKey(e.schema(), e.name()), names.allocate(simple));
        }
        Map<String, String> classNames = queriesClassNames(project.queryFiles());
        for (QueryFileIr file : project.queryFiles()) {
            names.queriesClasses.put(file.file(), names.allocate(classNames.get(file.file())));
        }
        for (QueryFileIr file : project.queryFiles()) {
            for (QueryIr query : file.queries()) {
                if (needsRowRecord(query, names)) {
                    names.rows.put(query, names.allocate(JavaNames.pascalCase(query.name()) + "Row"));
                }
                if (query.kind().takesParameterList() && query.params().size() > 1) {
                    names.paramsRecords.put(query, names.allocate(JavaNames.pascalCase(query.name()) + "Params"));
                }
            }
        }
        return names;
    }

    /** How columns and parameters name record components and method parameters. */
    MemberNames members() {
        return members;
    }

    private static boolean needsRowRecord(QueryIr query, ProjectNames names) {
        return query.kind().isSupported() && query.kind().returnsRows()
                && (query.columns().size() > 1 || nullableSingleInOptional(query))
                && names.tableModel(query).isEmpty();
    }

    /**
     * A single nullable column that a method would return in an {@code Optional} (:one, :batchone):
     * it gets a one-component row record, so that "no row" (an empty Optional) and "a row whose
     * value is NULL" (a record holding null) stay apart, as jOOQ's {@code Record1} keeps them.
     */
    static boolean nullableSingleInOptional(QueryIr query) {
        QueryKind kind = query.kind();
        return (kind == QueryKind.ONE || kind == QueryKind.BATCHONE) && query.columns().size() == 1
                && query.columns().get(0).nullable();
    }

    private ClassName allocate(String simpleName) {
        String unique = JavaNames.unique(simpleName, taken);
        taken.add(unique);
        return ClassName.get(javaPackage, unique);
    }

    /** How sqlc keys a type in another schema for {@code rename}: {@code app_account}. */
    private static String sqlcPrefix(Engine engine, String schema) {
        return schema.isEmpty() || schema.equals(engine.defaultSchema()) ? "" : schema + "_";
    }

    /** A table's name with its last word singular, as sqlc keys its struct: {@code user_accounts -> user_account}. */
    private static String singularName(String tableName) {
        List<String> words = JavaNames.words(tableName);
        if (words.isEmpty()) {
            return tableName;
        }
        String last = words.get(words.size() - 1);
        int at = tableName.lastIndexOf(last);
        return at < 0 ? tableName
                : tableName.substring(0, at) + JavaNames.singular(last) + tableName.substring(at + last.length());
    }

    private static String schemaPrefix(Engine engine, String schema) {
        return schema.isEmpty() || schema.equals(engine.defaultSchema()) ? "" : JavaNames.pascalCase(schema);
    }

    /**
     * {@code authors.sql -> AuthorsQueries}. Files whose names collide are all named by their whole
     * path ({@code admin/users.sql -> AdminUsersQueries}), so no file's name depends on another's order.
     */
    private static Map<String, String> queriesClassNames(List<QueryFileIr> files) {
        Map<String, List<String>> byShortName = new LinkedHashMap<>();
        for (QueryFileIr file : files) {
            byShortName.computeIfAbsent(shortName(file.file()), k -> new ArrayList<>()).add(file.file());
        }
        Map<String, String> out = new HashMap<>();
        byShortName.forEach((shortName, paths) -> {
            for (String path : paths) {
                out.put(path, (paths.size() == 1 ? shortName : JavaNames.pascalCase(stripExtension(path))) + "Queries");
            }
        });
        return out;
    }

    private static String shortName(String path) {
        String name = stripExtension(path);
        return JavaNames.pascalCase(name.substring(name.lastIndexOf('/') + 1));
    }

    private static String stripExtension(String path) {
        String p = path.replace('\\', '/');
        int dot = p.lastIndexOf('.');
        return dot > p.lastIndexOf('/') ? p.substring(0, dot) : p;
    }

    Optional<ClassName> table(String schema, String name) {
        return Optional.ofNullable(tables.get(new TableKey(schema, name)));
    }

    Optional<ClassName> enumType(String schema, String name) {
        return Optional.ofNullable(enums.get(new TableKey(schema, name)));
    }

    ClassName queriesClass(QueryFileIr file) {
        return queriesClasses.get(file.file());
    }

    /** The generated row record of a query, when it has one. */
    Optional<ClassName> row(QueryIr query) {
        return Optional.ofNullable(rows.get(query));
    }

    /** The record of one parameter set of a batch or copy query with several parameters. */
    Optional<ClassName> paramsRecord(QueryIr query) {
        return Optional.ofNullable(paramsRecords.get(query));
    }

    /** The table whose record a query returns: its {@code tableModel}, when known and of matching width. */
    Optional<TableIr> tableModel(QueryIr query) {
        QueryIr.TableRef ref = query.tableModel();
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(tableIrs.get(new TableKey(ref.schema(), ref.name())))
                .filter(t -> t.columns().size() == query.columns().size());
    }

    Optional<TableIr> tableIr(String schema, String name) {
        return Optional.ofNullable(tableIrs.get(new TableKey(schema, name)));
    }

    /**
     * Generated simple names that shadow java.lang types; JavaPoet must qualify those. Asked for
     * every generated type, so it looks up the few java.lang names rather than scanning all names.
     */
    String[] shadowedJavaLangNames() {
        return JAVA_LANG.stream().filter(taken::contains).sorted().toArray(String[]::new);
    }
}
