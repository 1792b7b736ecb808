package dev.quarry.core.catalog;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import java.util.List;

/**
 * Applies the schema's DDL, file by file and statement by statement in the given order, to build
 * the catalog. Problems (unknown names, statements that cannot be read) are reported to
 * {@code diagnostics}; the catalog holds whatever could be applied.
 */
public final class CatalogBuilder {

    private CatalogBuilder() {}

    public static Catalog build(Engine engine, List<SourceFile> schemaFiles, Diagnostics diagnostics) {
        SchemaModel model = new SchemaModel(new Identifiers(engine));
        SchemaFileApplier applier = new SchemaFileApplier(engine, model, diagnostics);
        for (SourceFile file : schemaFiles) {
            applier.apply(file);
        }
        return model.toCatalog();
    }
}
