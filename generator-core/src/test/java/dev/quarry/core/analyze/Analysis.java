package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.CatalogBuilder;
import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Analyzes a schema and one query file given as text, for tests of single rules. */
record Analysis(ProjectIr ir, String diagnostics) {

    static final String SCHEMA = """
            CREATE TYPE mood AS ENUM ('ok', 'sad');
            CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL, bio text, mood mood);
            CREATE TABLE books (id bigserial PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors (id),
                title varchar(200) NOT NULL, price numeric(10, 2), pages int NOT NULL DEFAULT 0);
            """;

    static Analysis of(Engine engine, String schema, String queries) {
        Diagnostics diagnostics = new Diagnostics();
        Catalog catalog = CatalogBuilder.build(engine, List.of(SourceFile.of(Path.of("schema.sql"), "schema.sql", schema)),
                diagnostics);
        QuarryConfig config = new QuarryConfig(Path.of("."), engine, List.of(), List.of(), "x", Path.of("out"));
        ProjectIr ir = ProjectAnalyzer.analyze(config, catalog,
                List.of(SourceFile.of(Path.of("q.sql"), "q.sql", queries)), diagnostics);
        return new Analysis(ir, DiagnosticRenderer.render(diagnostics.sorted()));
    }

    static Analysis postgres(String queries) {
        return of(Engine.POSTGRESQL, SCHEMA, queries);
    }

    QueryIr query(String name) {
        return ir.queryFiles().stream().flatMap(f -> f.queries().stream()).filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no query " + name + "; diagnostics:\n" + diagnostics));
    }

    /** {@code name type[?]} per column, {@code ?} marking nullable: the shape at a glance. */
    String columns(String query) {
        return query(query).columns().stream().map(Analysis::describe).collect(Collectors.joining(", "));
    }

    String params(String query) {
        return query(query).params().stream().map(Analysis::describe).collect(Collectors.joining(", "));
    }

    private static String describe(ColumnIr c) {
        return c.name() + " " + c.sqlType().name() + (c.nullable() ? "?" : "");
    }

    private static String describe(ParamIr p) {
        return p.name() + " " + p.sqlType().name() + (p.nullable() ? "?" : "") + " @" + p.positions();
    }
}
