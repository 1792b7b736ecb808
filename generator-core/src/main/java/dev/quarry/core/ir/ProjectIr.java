package dev.quarry.core.ir;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.TypeOverride;
import java.util.List;

/**
 * Everything emission sees: the analyzed schema and queries of one run, and the user types the
 * config maps database types or columns to.
 */
public record ProjectIr(
        Engine engine,
        String javaPackage,
        List<TableIr> tables,
        List<EnumIr> enums,
        List<QueryFileIr> queryFiles,
        List<TypeOverride> overrides) {

    public ProjectIr {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        queryFiles = List.copyOf(queryFiles);
        overrides = List.copyOf(overrides);
    }

    /** A project without type overrides. */
    public ProjectIr(Engine engine, String javaPackage, List<TableIr> tables, List<EnumIr> enums,
            List<QueryFileIr> queryFiles) {
        this(engine, javaPackage, tables, enums, queryFiles, List.of());
    }
}
