package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.source.SourceFile;
import java.util.List;

/** Analyzes every query file against the catalog and builds the IR. */
public final class ProjectAnalyzer {

    private ProjectAnalyzer() {}

    public static ProjectIr analyze(QuarryConfig config, Catalog catalog, List<SourceFile> queryFiles,
            Diagnostics diagnostics) {
        // TODO(analyze): replaced by the analyzer
        return new ProjectIr(config.engine(), config.javaPackage(), List.of(), List.of(), List.of());
    }
}
