package dev.quarry.core.config;

import dev.quarry.core.source.SchemaLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a sqlc config (versions 1 and 2) as it stands: engine, schema and queries of each
 * {@code sql} (v2) or {@code packages} (v1) entry, and sqlc's {@code rename} (v1 top level, v2
 * {@code overrides.go.rename} and an entry's {@code gen.go.rename}). Java settings come from a
 * {@code java} block Quarry accepts at the top level or in an entry ({@code package}, {@code out},
 * {@code rename}, {@code overrides}, {@code unsigned} as in quarry.yaml), or from {@link ConfigOverrides}. sqlc's many
 * Go-specific keys are passed over; unknown top-level keys and Go type {@code overrides} give warnings.
 *
 * <p>Which entries: the one {@code --entry} names; else the only one; else all of them when each
 * has its own {@code java} block with distinct output folders; else an error.
 */
final class SqlcConfigReader {
    private static final Set<String> TOP_KEYS = Set.of("version", "project", "cloud", "sql", "packages", "overrides",
            "rename", "plugins", "rules", "options", "java", "gen");
    private static final Set<String> JAVA_KEYS = Set.of("package", "out", "rename", "overrides", "unsigned");

    private final ConfigLoader nodes;
    private final ConfigOverrides overrides;
    private final Map<String, String> rename = new LinkedHashMap<>();

    SqlcConfigReader(ConfigLoader nodes, ConfigOverrides overrides) {
        this.nodes = nodes;
        this.overrides = overrides;
    }

    /** One entry's nodes and the name {@code --entry} can select it by. */
    private record Entry(int index, MappingNode node, Map<String, NodeTuple> keys, List<String> names) {}

    /** A {@code java} block's values; any may be missing. */
    private record JavaBlock(@Nullable String javaPackage, @Nullable Path out, Map<String, String> rename,
            List<TypeOverride> overrides, @Nullable UnsignedMapping unsigned) {
        static final JavaBlock NONE = new JavaBlock(null, null, Map.of(), List.of(), null);
    }

    List<QuarryConfig> read(Node root, boolean single) {
        if (!(root instanceof MappingNode mapping)) {
            nodes.diagnostics.error("config-shape", nodes.span(root), "a sqlc config must be a mapping with "
                    + "\"version\" and \"sql\" (version 2) or \"packages\" (version 1)");
            return List.of();
        }
        int errorsBefore = nodes.diagnostics.errorCount();
        Map<String, NodeTuple> top = lenientKeys(mapping);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple);
            if (!TOP_KEYS.contains(key)) {
                nodes.diagnostics.warning("config-unknown-key", nodes.span(tuple.getKeyNode()),
                        "unknown sqlc config key \"" + key + "\"; ignored");
            }
        }
        String version = version(top.get("version"), mapping);
        String listKey = "1".equals(version) ? "packages" : "sql";
        readRenames(top);
        warnOverrides(top.get("overrides"), "overrides");
        JavaBlock topJava = javaBlock(top.get("java"));
        List<Entry> entries = entries(top.get(listKey), listKey, mapping);
        if (version == null || entries.isEmpty() || nodes.diagnostics.errorCount() > errorsBefore) {
            return List.of();
        }
        List<Entry> chosen = choose(entries, top.get(listKey), single);
        List<QuarryConfig> configs = new ArrayList<>();
        Map<Path, Node> outs = new HashMap<>();
        for (Entry entry : chosen) {
            QuarryConfig config = config(entry, "1".equals(version), topJava);
            if (config == null) {
                continue;
            }
            Node previous = outs.putIfAbsent(config.outputDir(), entry.node());
            if (previous != null) {
                nodes.diagnostics.error("config-value", nodes.span(entry.node()), "this entry's java.out is also "
                        + "another entry's; entries generated together need their own output folders");
            }
            configs.add(config);
        }
        return nodes.diagnostics.errorCount() > errorsBefore ? List.of() : configs;
    }

    private @Nullable String version(@Nullable NodeTuple tuple, MappingNode root) {
        String value = nodes.requiredScalar(tuple, "version", root);
        if (value != null && !value.equals("1") && !value.equals("2")) {
            nodes.diagnostics.error("config-value", nodes.span(tuple.getValueNode()),
                    "unsupported sqlc config version \"" + value + "\"; expected \"1\" or \"2\"");
            return null;
        }
        return value;
    }

    private List<Entry> entries(@Nullable NodeTuple tuple, String listKey, MappingNode root) {
        if (tuple == null) {
            nodes.diagnostics.error("config-missing-key", nodes.span(root), "missing key \"" + listKey + "\"");
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            nodes.diagnostics.error("config-shape", nodes.span(tuple.getValueNode()),
                    "\"" + listKey + "\" must be a non-empty list of entries");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                nodes.diagnostics.error("config-shape", nodes.span(item), "an entry of \"" + listKey
                        + "\" must be a mapping");
                continue;
            }
            Map<String, NodeTuple> keys = lenientKeys(entry);
            List<String> names = new ArrayList<>();
            plainScalar(keys.get("name")).ifPresentOrElse(names::add, () -> { });
            goBlock(keys).ifPresent(go -> plainScalar(lenientKeys(go).get("package")).ifPresent(names::add));
            entries.add(new Entry(entries.size(), entry, keys, names));
        }
        return entries;
    }

    private List<Entry> choose(List<Entry> entries, NodeTuple list, boolean single) {
        String wanted = overrides.entry();
        if (wanted != null) {
            for (Entry entry : entries) {
                if (String.valueOf(entry.index()).equals(wanted) || entry.names().contains(wanted)) {
                    return List.of(entry);
                }
            }
            nodes.diagnostics.error("config-value", nodes.span(list.getKeyNode()), "no sqlc entry \"" + wanted + "\"",
                    "entries: " + String.join(", ", entries.stream().map(this::describe).toList()));
            return List.of();
        }
        if (entries.size() == 1) {
            return entries;
        }
        boolean eachHasJava = entries.stream().allMatch(e -> e.keys().containsKey("java"));
        boolean outsideSettings = overrides.javaPackage() != null || overrides.outputDir() != null;
        if (!single && eachHasJava && !outsideSettings) {
            return entries;
        }
        nodes.diagnostics.error("config-value", nodes.span(list.getKeyNode()), entries.size()
                + " sqlc entries; choose one with --entry <index or name> (plugin parameter \"entry\")"
                + (single || outsideSettings ? "" : ", or give each entry its own java block to generate them all"),
                "entries: " + String.join(", ", entries.stream().map(this::describe).toList()));
        return List.of();
    }

    private String describe(Entry entry) {
        return entry.names().isEmpty() ? String.valueOf(entry.index())
                : entry.index() + " (" + String.join(", ", entry.names()) + ")";
    }

    private @Nullable QuarryConfig config(Entry entry, boolean v1, JavaBlock topJava) {
        Map<String, NodeTuple> keys = entry.keys();
        Path base = nodes.file.path().getParent();
        // sqlc v1 defaults the engine to postgresql; v2 requires it
        Engine engine = v1 && !keys.containsKey("engine") ? Engine.POSTGRESQL : nodes.engine(keys.get("engine"), entry.node());
        List<SchemaLocation> schema = nodes.schemaLocations(keys.get("schema"), entry.node(), base);
        List<Path> queries = nodes.paths(keys.get("queries"), "queries", entry.node(), base);
        warnOverrides(keys.get("overrides"), "overrides");
        // an entry's gen.go.rename adds to the project-wide one, for this entry only
        Map<String, String> entryRename = new LinkedHashMap<>(rename);
        goBlock(keys).ifPresent(go -> {
            Map<String, NodeTuple> goKeys = lenientKeys(go);
            warnOverrides(goKeys.get("overrides"), "gen.go.overrides");
            entryRename.putAll(nodes.rename(goKeys.get("rename"), "gen.go.rename"));
        });
        JavaBlock own = javaBlock(keys.get("java"));
        // Quarry's java blocks rename after sqlc's keys, the entry's last
        entryRename.putAll(topJava.rename());
        entryRename.putAll(own.rename());
        List<TypeOverride> typeOverrides = new ArrayList<>(own.overrides());
        typeOverrides.addAll(topJava.overrides());
        String javaPackage = first(overrides.javaPackage(), own.javaPackage(), topJava.javaPackage());
        Path out = overrides.outputDir() != null ? overrides.outputDir().toAbsolutePath().normalize()
                : own.out() != null ? own.out() : topJava.out();
        if (javaPackage == null || out == null) {
            String missing = javaPackage == null && out == null ? "no Java package and no output folder"
                    : javaPackage == null ? "no Java package" : "no output folder";
            nodes.diagnostics.error("config-missing-key", nodes.span(entry.node()), "this sqlc entry has " + missing, "add a \"java\" block with \"package\" and \"out\" (at the top level "
                    + "or in the entry), or pass --package/--out (plugin parameters javaPackage/outputDirectory)");
            return null;
        }
        if (engine == null) {
            return null;
        }
        UnsignedMapping unsigned = own.unsigned() != null ? own.unsigned()
                : topJava.unsigned() != null ? topJava.unsigned() : UnsignedMapping.JOOQ;
        return new QuarryConfig(base, engine, schema, queries, javaPackage, out, List.of(), entryRename, typeOverrides,
                unsigned);
    }

    private JavaBlock javaBlock(@Nullable NodeTuple tuple) {
        if (tuple == null) {
            return JavaBlock.NONE;
        }
        if (!(tuple.getValueNode() instanceof MappingNode java)) {
            nodes.diagnostics.error("config-shape", nodes.span(tuple.getValueNode()),
                    "\"java\" must be a mapping with \"package\" and \"out\"");
            return JavaBlock.NONE;
        }
        // Quarry's own block: unknown keys here are errors, as in quarry.yaml
        Map<String, NodeTuple> keys = nodes.keys(java, JAVA_KEYS, "java.");
        String javaPackage = keys.containsKey("package") ? nodes.javaPackage(keys.get("package"), java) : null;
        String out = keys.containsKey("out") ? nodes.scalar(keys.get("out").getValueNode(), "java.out") : null;
        Path base = nodes.file.path().getParent();
        return new JavaBlock(javaPackage, out == null ? null : base.resolve(out).normalize(),
                nodes.rename(keys.get("rename"), "java.rename"), new OverridesReader(nodes).read(keys.get("overrides")),
                keys.containsKey("unsigned") ? nodes.unsigned(keys.get("unsigned")) : null);
    }

    /** v1's top-level {@code rename}, v2's {@code overrides.go.rename}. */
    private void readRenames(Map<String, NodeTuple> top) {
        rename.putAll(nodes.rename(top.get("rename"), "rename"));
        NodeTuple overridesKey = top.get("overrides");
        if (overridesKey != null && overridesKey.getValueNode() instanceof MappingNode byLanguage) {
            NodeTuple go = lenientKeys(byLanguage).get("go");
            if (go != null && go.getValueNode() instanceof MappingNode goMap) {
                Map<String, NodeTuple> goKeys = lenientKeys(goMap);
                rename.putAll(nodes.rename(goKeys.get("rename"), "overrides.go.rename"));
                warnOverrides(goKeys.get("overrides"), "overrides.go.overrides");
            }
        }
    }

    /** sqlc's overrides map database types and columns to Go types, which mean nothing in Java. */
    private void warnOverrides(@Nullable NodeTuple tuple, String what) {
        if (tuple == null) {
            return;
        }
        boolean empty = tuple.getValueNode() instanceof SequenceNode seq && seq.getValue().isEmpty();
        // v2's top-level overrides is a per-language mapping: its go.overrides is warned about on its own
        if (!empty && !(tuple.getValueNode() instanceof MappingNode)) {
            nodes.diagnostics.warning("config-ignored", nodes.span(tuple.getKeyNode()), "sqlc \"" + what
                    + "\" (Go types) are not supported yet and are ignored");
        }
    }

    private java.util.Optional<MappingNode> goBlock(Map<String, NodeTuple> entryKeys) {
        NodeTuple gen = entryKeys.get("gen");
        if (gen != null && gen.getValueNode() instanceof MappingNode genMap) {
            NodeTuple go = lenientKeys(genMap).get("go");
            if (go != null && go.getValueNode() instanceof MappingNode goMap) {
                return java.util.Optional.of(goMap);
            }
        }
        return java.util.Optional.empty();
    }

    private static Map<String, NodeTuple> lenientKeys(MappingNode mapping) {
        Map<String, NodeTuple> found = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            found.putIfAbsent(key(tuple), tuple);
        }
        return found;
    }

    private static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private static java.util.Optional<String> plainScalar(@Nullable NodeTuple tuple) {
        return tuple != null && tuple.getValueNode() instanceof ScalarNode s && !s.getValue().isBlank()
                ? java.util.Optional.of(s.getValue().strip()) : java.util.Optional.empty();
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
