package dev.quarry.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.EmbedIr;
import dev.quarry.core.ir.EnumIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.TableIr;
import dev.quarry.core.types.SqlType;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The IR as the JSON that {@code quarry analyze --json} prints. Tools read these field names, so
 * the shape is fixed here by hand rather than derived from the records; keys come out in the
 * order written below, and the text uses {@code \n} on every platform.
 */
public final class AnalysisJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final BiFunction<SqlType, Boolean, String> javaType;

    /**
     * @param javaType the Java type name generated code uses for a SQL type, given whether the
     *     value is nullable; the mapping belongs to emission, so it is passed in
     */
    public AnalysisJson(BiFunction<SqlType, Boolean, String> javaType) {
        this.javaType = javaType;
    }

    public String render(ProjectIr project) {
        ObjectNode root = mapper.createObjectNode();
        root.put("engine", project.engine().configName());
        root.put("package", project.javaPackage());
        ArrayNode queries = root.putArray("queries");
        for (QueryFileIr file : project.queryFiles()) {
            file.queries().forEach(q -> queries.add(query(q)));
        }
        ArrayNode tables = root.putArray("tables");
        project.tables().forEach(t -> tables.add(table(t)));
        ArrayNode enums = root.putArray("enums");
        project.enums().forEach(e -> enums.add(enumType(e)));
        return write(root);
    }

    private ObjectNode query(QueryIr query) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", query.name());
        node.put("kind", query.kind().annotation());
        node.put("file", query.file());
        node.put("line", query.line());
        node.put("sql", query.sql());
        ArrayNode params = node.putArray("params");
        query.params().forEach(p -> params.add(param(p)));
        node.set("columns", columns(query.columns()));
        if (!query.embeds().isEmpty()) {
            ArrayNode embeds = node.putArray("embeds");
            for (EmbedIr embed : query.embeds()) {
                ObjectNode e = embeds.addObject();
                e.put("name", embed.name());
                e.put("table", embed.table().schema() + "." + embed.table().name());
                e.put("firstColumn", embed.firstColumn());
                e.put("columnCount", embed.columnCount());
                e.put("nullable", embed.nullable());
                e.put("nullableReason", embed.nullableReason());
            }
        }
        return node;
    }

    private ObjectNode param(ParamIr param) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", param.name());
        node.put("sqlType", param.sqlType().name());
        String type = javaType.apply(param.sqlType(), param.nullable());
        node.put("javaType", param.slice() ? "java.util.List<" + boxed(type) + ">" : type);
        node.put("nullable", param.nullable());
        if (param.slice()) {
            node.put("slice", true);
        }
        return node;
    }

    private static String boxed(String type) {
        return switch (type) {
            case "boolean" -> "Boolean";
            case "short" -> "Short";
            case "int" -> "Integer";
            case "long" -> "Long";
            case "float" -> "Float";
            case "double" -> "Double";
            default -> type;
        };
    }

    private ArrayNode columns(List<ColumnIr> columns) {
        ArrayNode array = mapper.createArrayNode();
        for (ColumnIr column : columns) {
            ObjectNode node = array.addObject();
            node.put("name", column.name());
            node.put("sqlType", column.sqlType().name());
            node.put("javaType", javaType.apply(column.sqlType(), column.nullable()));
            node.put("nullable", column.nullable());
            node.put("nullableReason", column.nullableReason());
            if (column.comment() != null) {
                node.put("comment", column.comment());
            }
        }
        return array;
    }

    private ObjectNode table(TableIr table) {
        ObjectNode node = mapper.createObjectNode();
        node.put("schema", table.schema());
        node.put("name", table.name());
        if (table.comment() != null) {
            node.put("comment", table.comment());
        }
        node.set("columns", columns(table.columns()));
        ArrayNode primaryKey = node.putArray("primaryKey");
        table.primaryKey().forEach(primaryKey::add);
        return node;
    }

    private ObjectNode enumType(EnumIr enumIr) {
        ObjectNode node = mapper.createObjectNode();
        node.put("schema", enumIr.schema());
        node.put("name", enumIr.name());
        ArrayNode labels = node.putArray("labels");
        enumIr.labels().forEach(labels::add);
        return node;
    }

    private String write(ObjectNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings, numbers and booleans always serializes
            throw new UncheckedIOException(e);
        }
    }
}
