package dev.quarry.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code java.overrides}: a list of {@code {db_type: jsonb, java_type: com.x.Doc, converter:
 * com.x.DocConverter}} or {@code {column: users.settings, ...}} entries.
 */
final class OverridesReader {
    private static final Set<String> KEYS = Set.of("db_type", "column", "java_type", "converter");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_$][A-Za-z0-9_$]*\\.)+[A-Z_$][A-Za-z0-9_$]*(\\.[A-Z_$][A-Za-z0-9_$]*)*");
    private static final Pattern COLUMN = Pattern.compile("[^.\\s]+(\\.[^.\\s]+){1,2}");

    private final ConfigLoader loader;

    OverridesReader(ConfigLoader loader) {
        this.loader = loader;
    }

    List<TypeOverride> read(@Nullable NodeTuple tuple) {
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            loader.diagnostics.error("config-shape", loader.span(tuple.getValueNode()),
                    "\"java.overrides\" must be a list of overrides", "e.g. - {db_type: jsonb, java_type: com.example.Doc}");
            return List.of();
        }
        List<TypeOverride> overrides = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                loader.diagnostics.error("config-shape", loader.span(item), "an override must be a mapping with "
                        + "db_type or column, java_type and an optional converter", null);
                continue;
            }
            TypeOverride override = entry(entry);
            if (override != null) {
                overrides.add(override);
            }
        }
        return overrides;
    }

    private @Nullable TypeOverride entry(MappingNode entry) {
        Map<String, NodeTuple> keys = loader.keys(entry, KEYS, "java.overrides.");
        String dbType = value(keys.get("db_type"), "db_type");
        String column = value(keys.get("column"), "column");
        String javaType = value(keys.get("java_type"), "java_type");
        String converter = value(keys.get("converter"), "converter");
        if ((dbType == null) == (column == null)) {
            loader.diagnostics.error("config-value", loader.span(entry), "an override names either db_type or column",
                    "db_type: jsonb, or column: users.settings");
            return null;
        }
        if (column != null && !COLUMN.matcher(column).matches()) {
            loader.diagnostics.error("config-value", loader.span(keys.get("column").getValueNode()),
                    "\"" + column + "\" is not table.column or schema.table.column", null);
            return null;
        }
        if (javaType == null) {
            loader.diagnostics.error("config-missing-key", loader.span(entry), "missing key \"java_type\"", null);
            return null;
        }
        if (!className(javaType, keys.get("java_type")) || converter != null && !className(converter, keys.get("converter"))) {
            return null;
        }
        return new TypeOverride(dbType, column, javaType, converter);
    }

    private boolean className(String name, NodeTuple tuple) {
        if (CLASS_NAME.matcher(name).matches()) {
            return true;
        }
        loader.diagnostics.error("config-value", loader.span(tuple.getValueNode()), "\"" + name
                + "\" is not a fully qualified class name", "e.g. com.example.Settings");
        return false;
    }

    private @Nullable String value(@Nullable NodeTuple tuple, String key) {
        return tuple == null ? null : loader.scalar(tuple.getValueNode(), "java.overrides." + key);
    }
}
