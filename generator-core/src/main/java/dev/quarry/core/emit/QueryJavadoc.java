package dev.quarry.core.emit;

import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;

/** The Javadoc of a query method: its doc comment, its source, its SQL and why columns are nullable. */
final class QueryJavadoc {

    private QueryJavadoc() {}

    static String of(QueryIr query, ResultShape shape) {
        StringBuilder doc = new StringBuilder();
        for (String line : query.doc()) {
            doc.append(JavadocText.escape(line.strip())).append('\n');
        }
        if (!query.doc().isEmpty()) {
            doc.append('\n');
        }
        doc.append("<p>Source: ").append(JavadocText.escape(query.file() + ":" + query.line())).append('\n');
        doc.append('\n').append(JavadocText.preformatted(query.sql())).append('\n');
        StringBuilder reasons = new StringBuilder();
        for (ColumnIr column : query.columns()) {
            if (column.nullable()) {
                reasons.append("<li>").append(JavadocText.escape(column.name())).append(": ")
                        .append(JavadocText.escape(column.nullableReason() == null
                                ? "may be NULL" : column.nullableReason()))
                        .append("</li>\n");
            }
        }
        if (reasons.length() > 0) {
            doc.append("\n<p>Nullable columns:\n<ul>\n").append(reasons).append("</ul>\n");
        }
        if (ProjectNames.nullableSingleInOptional(query) && shape instanceof ResultShape.Record) {
            doc.append("\n<p>Empty when there is no row; a row whose value is NULL is a record holding null.\n");
        }
        doc.append("\n@throws ").append(RuntimeTypes.QUARRY_EXCEPTION.canonicalName())
                .append(" when the database reports an error");
        if (query.kind() == QueryKind.ONE) {
            doc.append(", or a subclass when more than one row is returned");
        }
        return doc.append('\n').toString();
    }
}
