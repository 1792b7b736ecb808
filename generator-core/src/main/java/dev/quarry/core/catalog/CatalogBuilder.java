package dev.quarry.core.catalog;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import java.util.List;

/** Applies the schema's DDL, file by file and statement by statement, to build the catalog. */
public final class CatalogBuilder {

    private CatalogBuilder() {}

    public static Catalog build(Engine engine, List<SourceFile> schemaFiles, Diagnostics diagnostics) {
        // TODO(catalog): replaced by the DDL applier
        return Catalog.empty(engine.defaultSchema());
    }
}
