package dev.quarry.core.ir;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.TypeOverride;
import dev.quarry.core.config.UnsignedMapping;
import java.util.List;
import java.util.Map;

/**
 * Everything emission sees: the analyzed schema and queries of one run, the user types the config
 * maps database types or columns to, and the Java names it gives SQL names.
 *
 * @param rename the config's {@code rename} (sqlc's): a column or parameter name to the name its
 *     Java member is made from, a table's singular name or an enum's name to its Java type's name
 * @param unsigned the config's Java types for MySQL's unsigned integers
 */
public record ProjectIr(
        Engine engine,
        String javaPackage,
        List<TableIr> tables,
        List<EnumIr> enums,
        List<QueryFileIr> queryFiles,
        List<TypeOverride> overrides,
        Map<String, String> rename,
        UnsignedMapping unsigned) {

    public ProjectIr {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        queryFiles = List.copyOf(queryFiles);
        overrides = List.copyOf(overrides);
        rename = Map.copyOf(rename);
    }

    /** A project with jOOQ's unsigned types. */
    public ProjectIr(Engine engine, String javaPackage, List<TableIr> tables, List<EnumIr> enums,
            List<QueryFileIr> queryFiles, List<TypeOverride> overrides, Map<String, String> rename) {
        this(engine, javaPackage, tables, enums, queryFiles, overrides, rename, UnsignedMapping.JOOQ);
    }

    /** A project without renames. */
    public ProjectIr(Engine engine, String javaPackage, List<TableIr> tables, List<EnumIr> enums,
            List<QueryFileIr> queryFiles, List<TypeOverride> overrides) {
        this(engine, javaPackage, tables, enums, queryFiles, overrides, Map.of());
    }

    /** A project without type overrides. */
    public ProjectIr(Engine engine, String javaPackage, List<TableIr> tables, List<EnumIr> enums,
            List<QueryFileIr> queryFiles) {
        this(engine, javaPackage, tables, enums, queryFiles, List.of());
    }

    /** This project with the config's Java naming and unsigned types, which analysis does not need. */
    public ProjectIr withJavaSettings(Map<String, String> rename, UnsignedMapping unsigned) {
        return new ProjectIr(engine, javaPackage, tables, enums, queryFiles, overrides, rename, unsigned);
    }
}
