package dev.quarry.core.golden;

import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code src/test/golden/KNOWN-FAILURES.txt}: golden folders whose expectation is the truth but
 * which the generator does not meet yet, one a line as {@code <scope> <engine>/<folder>: <why>}.
 * The scope says which test is known to fail: {@code golden} (the output comparison) or
 * {@code server} (the comparison with PostgreSQL's own types). Tests expect those to fail and fail
 * when they pass, so the list stays honest.
 */
record KnownFailures(Map<String, String> golden, Map<String, String> server) {

    static KnownFailures load() {
        Map<String, String> golden = new TreeMap<>();
        Map<String, String> server = new TreeMap<>();
        var file = GoldenFolder.ROOT.resolve("KNOWN-FAILURES.txt");
        if (Files.exists(file)) {
            for (String line : GoldenFolder.read(file).lines().toList()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] scopeAndRest = text.split("\\s+", 2);
                int colon = scopeAndRest.length < 2 ? -1 : scopeAndRest[1].indexOf(':');
                if (colon < 0 || colon == scopeAndRest[1].length() - 1) {
                    throw new AssertionError("KNOWN-FAILURES.txt: expected '<scope> <engine>/<folder>: <why>': " + line);
                }
                String folder = scopeAndRest[1].substring(0, colon).strip();
                String why = scopeAndRest[1].substring(colon + 1).strip();
                switch (scopeAndRest[0]) {
                    case "golden" -> golden.put(folder, why);
                    case "server" -> server.put(folder, why);
                    default -> throw new AssertionError("KNOWN-FAILURES.txt: unknown scope " + scopeAndRest[0]);
                }
            }
        }
        var ids = GoldenFolder.all().stream().map(GoldenFolder::id).toList();
        for (String folder : golden.keySet()) {
            if (!ids.contains(folder)) {
                throw new AssertionError("KNOWN-FAILURES.txt names a folder that does not exist: " + folder);
            }
        }
        for (String folder : server.keySet()) {
            if (!ids.contains(folder)) {
                throw new AssertionError("KNOWN-FAILURES.txt names a folder that does not exist: " + folder);
            }
        }
        return new KnownFailures(golden, server);
    }
}
