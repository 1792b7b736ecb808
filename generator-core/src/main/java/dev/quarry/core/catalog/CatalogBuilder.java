package dev.quarry.core.catalog;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SchemaScript;
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
        return buildScripts(engine, List.of(), schemaFiles.stream().map(SchemaScript::whole).toList(), diagnostics);
    }

    /**
     * Applies only the given sections of each file (migration up parts); offsets stay the files'.
     * Unqualified names resolve along {@code searchPath} (empty: the engine's default schema).
     */
    public static Catalog buildScripts(Engine engine, List<String> searchPath, List<SchemaScript> scripts,
            Diagnostics diagnostics) {
        SchemaModel model = new SchemaModel(new Identifiers(engine, searchPath), SchemaNamespaces.of(engine));
        SchemaFileApplier applier = new SchemaFileApplier(engine, model, diagnostics);
        for (SchemaScript script : scripts) {
            applier.apply(script);
        }
        if (engine.isMysqlFamily()) {
            MysqlEnumColumns.settle(model);
        }
        return model.toCatalog();
    }
}
