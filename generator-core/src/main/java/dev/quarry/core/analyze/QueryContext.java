package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.parse.ParsedStatement;
import dev.quarry.core.source.Span;
import dev.quarry.core.types.FunctionCatalog;
import org.jspecify.annotations.Nullable;

/** What every part of the analysis of one query reads: the schema, the engine, positions, parameters. */
record QueryContext(
        Catalog catalog,
        EngineRules rules,
        FunctionCatalog functions,
        ParsedStatement statement,
        ParamTable params,
        Diagnostics diagnostics,
        ViewTyper views) {

    Span span(@Nullable Object node) {
        return node == null ? statement.span() : statement.span(node);
    }

    /** {@code file:line:col} of a node, for nullability reasons. */
    String location(@Nullable Object node) {
        return span(node).location();
    }

    void error(String code, @Nullable Object node, String message, @Nullable String hint) {
        diagnostics.error(code, span(node), message, hint);
    }

    void warning(String code, @Nullable Object node, String message, @Nullable String hint) {
        diagnostics.warning(code, span(node), message, hint);
    }
}
