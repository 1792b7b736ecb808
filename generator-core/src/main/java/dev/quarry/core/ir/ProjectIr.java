package dev.quarry.core.ir;

import dev.quarry.core.config.Engine;
import java.util.List;

/** Everything emission sees: the analyzed schema and queries of one run. */
public record ProjectIr(
        Engine engine,
        String javaPackage,
        List<TableIr> tables,
        List<EnumIr> enums,
        List<QueryFileIr> queryFiles) {

    public ProjectIr {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        queryFiles = List.copyOf(queryFiles);
    }
}
