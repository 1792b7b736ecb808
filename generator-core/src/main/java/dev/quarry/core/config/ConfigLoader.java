package dev.quarry.core.config;

import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.diag.Suggestions;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.SourceReader;
import dev.quarry.core.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.quarry.core.source.MigrationFormat;
import dev.quarry.core.source.SchemaLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code quarry.yaml}, and sqlc's {@code sqlc.yaml}/{@code sqlc.yml}/{@code sqlc.json}
 * (recognized by name, read by {@link SqlcConfigReader}). Works on SnakeYAML's node tree rather
 * than plain maps so every error can point at the line and column of the offending key or value.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("version", "engine", "schema", "queries", "java",
            "search_path", "postgresql");
    private static final Set<String> POSTGRESQL_KEYS = Set.of("search_path");
    private static final Set<String> SCHEMA_ENTRY_KEYS = Set.of("path", "format");
    private static final Set<String> JAVA_KEYS = Set.of("package", "out", "overrides", "rename", "unsigned");
    private static final Pattern JAVA_PACKAGE =
            Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    final Diagnostics diagnostics;
    final SourceFile file;
    private final ConfigOverrides overrides;

    private ConfigLoader(Diagnostics diagnostics, SourceFile file, ConfigOverrides overrides) {
        this.diagnostics = diagnostics;
        this.file = file;
        this.overrides = overrides;
    }

    /** Loads and validates a config file; on any error reports it and returns empty. */
    public static Optional<QuarryConfig> load(Path configPath, Diagnostics diagnostics) {
        return load(configPath, ConfigOverrides.NONE, diagnostics);
    }

    /**
     * Loads one config; a sqlc config whose entries would generate separately is an error here
     * (choose one with {@link ConfigOverrides#entry()}).
     */
    public static Optional<QuarryConfig> load(Path configPath, ConfigOverrides overrides, Diagnostics diagnostics) {
        List<QuarryConfig> configs = read(configPath, overrides, diagnostics, true);
        return configs.size() == 1 ? Optional.of(configs.get(0)) : Optional.empty();
    }

    /** Loads every config a file describes: one, or one per entry of a sqlc config; none on errors. */
    public static List<QuarryConfig> loadAll(Path configPath, ConfigOverrides overrides, Diagnostics diagnostics) {
        return read(configPath, overrides, diagnostics, false);
    }

    /** sqlc's own config file names. */
    public static boolean isSqlcConfig(Path configPath) {
        Path name = configPath.getFileName();
        return name != null && Set.of("sqlc.yaml", "sqlc.yml", "sqlc.json").contains(name.toString());
    }

    private static List<QuarryConfig> read(Path configPath, ConfigOverrides overrides, Diagnostics diagnostics,
            boolean single) {
        Path absolute = configPath.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            diagnostics.error("config-missing", null, "cannot read config file " + configPath + ": NoSuchFileException");
            return List.of();
        }
        SourceReader.Result read = SourceReader.read(absolute, absolute.getFileName().toString());
        if (read instanceof SourceReader.Unreadable unreadable) {
            diagnostics.add(Diagnostic.unreadable("config-unreadable", unreadable));
            return List.of();
        }
        SourceFile file = ((SourceReader.Text) read).file();
        ConfigLoader loader = new ConfigLoader(diagnostics, file, overrides);
        if (isSqlcConfig(absolute)) {
            return loader.compose().map(root -> new SqlcConfigReader(loader, overrides).read(root, single))
                    .orElse(List.of());
        }
        return loader.parse().map(List::of).orElse(List.of());
    }

    /** The YAML (or JSON) node tree; a syntax error is reported and gives empty. */
    Optional<Node> compose() {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new java.io.StringReader(file.text()));
            if (root == null) {
                diagnostics.error("config-shape", Span.at(file, 0), "the config file is empty");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            diagnostics.error("config-syntax", spanAt(mark), "invalid YAML: " + e.getProblem());
            return Optional.empty();
        }
    }

    private Optional<QuarryConfig> parse() {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new java.io.StringReader(file.text()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            diagnostics.error("config-syntax", spanAt(mark), "invalid YAML: " + e.getProblem());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error("config-shape", root == null ? Span.at(file, 0) : span(root),
                    "the config must be a mapping with the keys " + String.join(", ", TOP_KEYS.stream().sorted().toList()));
            return Optional.empty();
        }
        int errorsBefore = diagnostics.errorCount();
        Map<String, NodeTuple> top = keys(mapping, TOP_KEYS, "");
        Path base = file.path().getParent();

        NodeTuple version = top.get("version");
        if (version != null && !"1".equals(scalar(version.getValueNode(), "version"))) {
            diagnostics.error("config-value", span(version.getValueNode()), "unsupported config version; expected 1");
        }
        Engine engine = engine(top.get("engine"), mapping);
        List<SchemaLocation> schema = schemaLocations(top.get("schema"), mapping, base);
        List<String> searchPath = searchPath(top);
        List<Path> queries = paths(top.get("queries"), "queries", mapping, base);
        String javaPackage = overrides.javaPackage();
        Path out = overrides.outputDir() == null ? null : overrides.outputDir().toAbsolutePath().normalize();
        if (overrides.entry() != null) {
            diagnostics.error("config-value", null, "--entry (plugin parameter entry) applies to sqlc configs only");
        }
        NodeTuple java = top.get("java");
        List<TypeOverride> typeOverrides = List.of();
        Map<String, String> rename = Map.of();
        UnsignedMapping unsigned = UnsignedMapping.JOOQ;
        if (java == null && javaPackage != null && out != null) {
            // both given outside the file
        } else if (java == null) {
            diagnostics.error("config-missing-key", span(mapping), "missing key \"java\" (with \"package\" and \"out\")");
        } else if (java.getValueNode() instanceof MappingNode javaMap) {
            Map<String, NodeTuple> javaKeys = keys(javaMap, JAVA_KEYS, "java.");
            String filePackage = javaPackage == null ? javaPackage(javaKeys.get("package"), javaMap) : null;
            String outText = out == null ? requiredScalar(javaKeys.get("out"), "java.out", javaMap) : null;
            javaPackage = javaPackage != null ? javaPackage : filePackage;
            out = out != null ? out : outText == null ? null : base.resolve(outText).normalize();
            typeOverrides = new OverridesReader(this).read(javaKeys.get("overrides"));
            rename = rename(javaKeys.get("rename"), "java.rename");
            unsigned = unsigned(javaKeys.get("unsigned"));
        } else {
            diagnostics.error("config-shape", span(java.getValueNode()), "\"java\" must be a mapping with \"package\" and \"out\"");
        }
        if (diagnostics.errorCount() > errorsBefore || engine == null || javaPackage == null || out == null) {
            return Optional.empty();
        }
        return Optional.of(new QuarryConfig(base, engine, schema, queries, javaPackage, out, searchPath, rename,
                typeOverrides, unsigned));
    }

    /** Plain paths, or mappings {@code {path: db/migrations, format: flyway}}. */
    List<SchemaLocation> schemaLocations(@Nullable NodeTuple tuple, MappingNode parent, Path base) {
        if (tuple == null) {
            diagnostics.error("config-missing-key", span(parent), "missing key \"schema\"");
            return List.of();
        }
        List<Node> items = tuple.getValueNode() instanceof SequenceNode seq ? seq.getValue() : List.of(tuple.getValueNode());
        if (items.isEmpty()) {
            diagnostics.error("config-value", span(tuple.getValueNode()), "\"schema\" lists no paths");
        }
        List<SchemaLocation> locations = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof MappingNode entry)) {
                path(item, "schema", base).ifPresent(p -> locations.add(SchemaLocation.of(p)));
                continue;
            }
            Map<String, NodeTuple> keys = keys(entry, SCHEMA_ENTRY_KEYS, "schema.");
            NodeTuple path = keys.get("path");
            if (path == null) {
                diagnostics.error("config-missing-key", span(entry), "missing key \"schema.path\"");
                continue;
            }
            Optional<MigrationFormat> format = Optional.empty();
            NodeTuple formatKey = keys.get("format");
            if (formatKey != null) {
                String name = scalar(formatKey.getValueNode(), "schema.format");
                format = name == null || name.equals("auto") ? Optional.empty() : MigrationFormat.fromConfigName(name);
                if (name != null && !name.equals("auto") && format.isEmpty()) {
                    diagnostics.error("config-value", span(formatKey.getValueNode()), "unknown migration format \""
                            + name + "\"", "known formats: auto, " + String.join(", ", Arrays.stream(MigrationFormat.values())
                                    .map(MigrationFormat::configName).toList()));
                }
            }
            Optional<MigrationFormat> chosen = format;
            path(path.getValueNode(), "schema.path", base).ifPresent(p -> locations.add(new SchemaLocation(p, chosen)));
        }
        return locations;
    }

    /** {@code search_path} at the top level or in the {@code postgresql} block. */
    private List<String> searchPath(Map<String, NodeTuple> top) {
        NodeTuple tuple = top.get("search_path");
        NodeTuple pg = top.get("postgresql");
        if (pg != null) {
            if (pg.getValueNode() instanceof MappingNode pgMap) {
                NodeTuple inner = keys(pgMap, POSTGRESQL_KEYS, "postgresql.").get("search_path");
                tuple = inner != null ? inner : tuple;
            } else {
                diagnostics.error("config-shape", span(pg.getValueNode()), "\"postgresql\" must be a mapping");
            }
        }
        if (tuple == null) {
            return List.of();
        }
        List<Node> items = tuple.getValueNode() instanceof SequenceNode seq ? seq.getValue() : List.of(tuple.getValueNode());
        List<String> schemas = new ArrayList<>();
        for (Node item : items) {
            String name = scalar(item, "search_path");
            if (name != null) {
                schemas.add(name);
            }
        }
        return schemas;
    }

    Optional<Path> path(Node item, String key, Path base) {
        String text = scalar(item, key);
        if (text == null) {
            return Optional.empty();
        }
        Path path = base.resolve(text).normalize();
        if (!Files.exists(path)) {
            diagnostics.error("config-path", span(item), "\"" + text + "\" does not exist (resolved against "
                    + "the config file's folder)");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    Map<String, NodeTuple> keys(MappingNode mapping, Set<String> allowed, String prefix) {
        Map<String, NodeTuple> found = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                String hint = key == null ? null : Suggestions.closest(key, allowed)
                        .map(k -> "did you mean \"" + prefix + k + "\"?").orElse(null);
                diagnostics.error("config-unknown-key", span(tuple.getKeyNode()),
                        "unknown config key \"" + prefix + (key == null ? "?" : key) + "\"",
                        hint != null ? hint : "known keys: " + String.join(", ", allowed.stream().sorted().toList()));
                continue;
            }
            found.put(key, tuple);
        }
        return found;
    }

    @Nullable Engine engine(@Nullable NodeTuple tuple, MappingNode parent) {
        String value = requiredScalar(tuple, "engine", parent);
        if (value == null) {
            return null;
        }
        Optional<Engine> engine = Engine.fromConfigName(value);
        if (engine.isEmpty()) {
            diagnostics.error("config-value", span(tuple.getValueNode()), "unsupported engine \"" + value + "\"",
                    "supported engines: postgresql, mysql, mariadb, sqlite");
            return null;
        }
        return engine.get();
    }

    @Nullable String javaPackage(@Nullable NodeTuple tuple, MappingNode parent) {
        String value = requiredScalar(tuple, "java.package", parent);
        if (value != null && !JAVA_PACKAGE.matcher(value).matches()) {
            diagnostics.error("config-value", span(tuple.getValueNode()), "\"" + value + "\" is not a Java package name");
            return null;
        }
        return value;
    }

    /** A list of paths, or a single path; each must exist. */
    List<Path> paths(@Nullable NodeTuple tuple, String key, MappingNode parent, Path base) {
        if (tuple == null) {
            diagnostics.error("config-missing-key", span(parent), "missing key \"" + key + "\"");
            return List.of();
        }
        List<Node> items = new ArrayList<>();
        if (tuple.getValueNode() instanceof SequenceNode seq) {
            items.addAll(seq.getValue());
        } else {
            items.add(tuple.getValueNode());
        }
        if (items.isEmpty()) {
            diagnostics.error("config-value", span(tuple.getValueNode()), "\"" + key + "\" lists no paths");
        }
        List<Path> paths = new ArrayList<>();
        for (Node item : items) {
            path(item, key, base).ifPresent(paths::add);
        }
        return paths;
    }

    @Nullable String requiredScalar(@Nullable NodeTuple tuple, String key, MappingNode parent) {
        if (tuple == null) {
            diagnostics.error("config-missing-key", span(parent), "missing key \"" + key + "\"");
            return null;
        }
        return scalar(tuple.getValueNode(), key);
    }

    /** {@code java.unsigned}: {@code jooq} (the default) or {@code widen}. */
    UnsignedMapping unsigned(@Nullable NodeTuple tuple) {
        String name = tuple == null ? null : scalar(tuple.getValueNode(), "java.unsigned");
        Optional<UnsignedMapping> mapping = name == null ? Optional.empty() : UnsignedMapping.fromConfigName(name);
        if (name != null && mapping.isEmpty()) {
            diagnostics.error("config-value", span(tuple.getValueNode()), "unknown java.unsigned \"" + name + "\"",
                    "use jooq (org.jooq.types.UByte ... ULong) or widen (short, int, long, BigInteger)");
        }
        return mapping.orElse(UnsignedMapping.JOOQ);
    }

    /** A {@code rename} mapping: SQL name to the name its Java member is made from, in file order. */
    Map<String, String> rename(@Nullable NodeTuple tuple, String key) {
        Map<String, String> rename = new LinkedHashMap<>();
        if (tuple == null) {
            return rename;
        }
        if (!(tuple.getValueNode() instanceof MappingNode map)) {
            diagnostics.error("config-shape", span(tuple.getValueNode()),
                    "\"" + key + "\" must be a mapping of column names to names");
            return rename;
        }
        for (NodeTuple pair : map.getValue()) {
            String from = pair.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            String to = scalar(pair.getValueNode(), key + "." + from);
            if (to != null) {
                rename.put(from, to);
            }
        }
        return rename;
    }

    @Nullable String scalar(Node node, String key) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        diagnostics.error("config-value", span(node), "\"" + key + "\" must be a non-empty string");
        return null;
    }

    Span span(Node node) {
        return spanAt(node.getStartMark());
    }

    Span spanAt(@Nullable Mark mark) {
        if (mark == null) {
            return Span.at(file, 0);
        }
        return Span.at(file, file.lines().offset(mark.getLine() + 1, mark.getColumn() + 1));
    }
}
