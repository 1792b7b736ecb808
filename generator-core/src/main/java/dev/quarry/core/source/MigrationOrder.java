package dev.quarry.core.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the {@code .sql} files of a migrations folder the way its tool applies them, and leaves
 * out the files the tool never applies when migrating up (Flyway's undo files, golang-migrate's
 * down files, files whose names the tool does not read as migrations).
 */
public final class MigrationOrder {
    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.*)\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLYWAY_ANY = Pattern.compile("[VRU]\\d*(?:[._]\\d+)*__.*\\.sql",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MIGRATE_UP = Pattern.compile("(\\d+)_.*\\.up\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern MIGRATE_ANY = Pattern.compile("\\d+_.*\\.(up|down)\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)_?.*\\.sql", Pattern.CASE_INSENSITIVE);

    private MigrationOrder() {}

    /** A folder's format from its file names, then from the markers in its files' text. */
    public static MigrationFormat detect(List<Path> files, Function<Path, String> text) {
        if (files.stream().anyMatch(f -> FLYWAY_ANY.matcher(name(f)).matches())) {
            return MigrationFormat.FLYWAY;
        }
        if (files.stream().anyMatch(f -> MIGRATE_ANY.matcher(name(f)).matches())) {
            return MigrationFormat.GOLANG_MIGRATE;
        }
        for (Path file : files) {
            Optional<MigrationFormat> marked = MigrationSections.detect(text.apply(file));
            if (marked.isPresent()) {
                return marked.get();
            }
        }
        return MigrationFormat.PLAIN;
    }

    /**
     * The files to apply, in order. {@code files} are in name order already; ties in version keep
     * that order, so the result is the same on every machine.
     */
    public static List<Path> order(List<Path> files, MigrationFormat format) {
        return switch (format) {
            case FLYWAY -> flyway(files);
            case GOLANG_MIGRATE -> byVersion(files, MIGRATE_UP);
            case GOOSE, DBMATE -> byVersion(files, NUMBERED);
            case PLAIN, LIQUIBASE -> List.copyOf(files);
        };
    }

    private static List<Path> flyway(List<Path> files) {
        List<Path> result = new ArrayList<>(byVersion(files, FLYWAY_VERSIONED));
        files.stream()
                .filter(f -> FLYWAY_REPEATABLE.matcher(name(f)).matches())
                .sorted(Comparator.comparing(MigrationOrder::repeatableDescription))
                .forEach(result::add);
        return result;
    }

    private static String repeatableDescription(Path file) {
        Matcher m = FLYWAY_REPEATABLE.matcher(name(file));
        return m.matches() ? m.group(1) : name(file);
    }

    private record Versioned(MigrationVersion version, Path file) {}

    private static List<Path> byVersion(List<Path> files, Pattern pattern) {
        List<Versioned> versioned = new ArrayList<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(name(file));
            if (m.matches()) {
                MigrationVersion.parse(m.group(1)).ifPresent(v -> versioned.add(new Versioned(v, file)));
            }
        }
        // a stable sort: equal versions keep name order
        versioned.sort(Comparator.comparing(Versioned::version));
        return versioned.stream().map(Versioned::file).toList();
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
