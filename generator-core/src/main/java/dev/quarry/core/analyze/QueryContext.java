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

    /**
     * The span of {@code node}, or, when JSqlParser kept no position for it (binary operators,
     * some literals), from the start of {@code first} to the end of {@code last}.
     */
    Span spanOf(Object node, Object first, Object last) {
        if (hasPosition(node)) {
            return span(node);
        }
        if (hasPosition(first)) {
            Span from = span(first);
            Span to = hasPosition(last) ? span(last) : from;
            return new Span(from.file(), from.start(), Math.max(from.end(), to.end()));
        }
        return span(node);
    }

    private static boolean hasPosition(@Nullable Object node) {
        return node instanceof net.sf.jsqlparser.parser.ASTNodeAccess access && access.getASTNode() != null
                && access.getASTNode().jjtGetFirstToken() != null;
    }

    void errorAt(String code, Span span, String message, @Nullable String hint) {
        diagnostics.error(code, span, message, hint);
    }

    void error(String code, @Nullable Object node, String message, @Nullable String hint) {
        diagnostics.error(code, span(node), message, hint);
    }

    void warning(String code, @Nullable Object node, String message, @Nullable String hint) {
        diagnostics.warning(code, span(node), message, hint);
    }
}
