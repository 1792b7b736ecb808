package dev.quarry.core.source;

import dev.quarry.core.source.SchemaScript.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a migration file its tool applies when migrating up: goose's
 * {@code -- +goose Up} sections (a {@code StatementBegin}/{@code StatementEnd} block is one
 * statement), dbmate's {@code -- migrate:up} section, Liquibase's changesets (rollbacks are
 * comments already; {@code splitStatements:false} makes a changeset one statement). Other files
 * are applied whole.
 */
public final class MigrationSections {
    private static final Pattern GOOSE = Pattern.compile(
            "^[ \\t]*--[ \\t]*\\+goose[ \\t]+(up|down|statementbegin|statementend)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DBMATE = Pattern.compile(
            "^[ \\t]*--[ \\t]*migrate:(up|down)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIQUIBASE_HEADER = Pattern.compile(
            "^[ \\t]*--[ \\t]*liquibase[ \\t]+formatted[ \\t]+sql\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile(
            "^[ \\t]*--[ \\t]*changeset[ \\t]+(.*)$", Pattern.CASE_INSENSITIVE);

    private MigrationSections() {}

    /** The format a file's own markers show, if any. */
    public static Optional<MigrationFormat> detect(String text) {
        for (Line line : lines(text)) {
            String s = line.text();
            if (GOOSE.matcher(s).find()) {
                return Optional.of(MigrationFormat.GOOSE);
            }
            if (DBMATE.matcher(s).find()) {
                return Optional.of(MigrationFormat.DBMATE);
            }
            if (LIQUIBASE_HEADER.matcher(s).find()) {
                return Optional.of(MigrationFormat.LIQUIBASE);
            }
        }
        return Optional.empty();
    }

    public static SchemaScript select(SourceFile file, MigrationFormat format) {
        return switch (format) {
            case GOOSE -> new SchemaScript(file, goose(file.text()));
            case DBMATE -> new SchemaScript(file, dbmate(file.text()));
            case LIQUIBASE -> new SchemaScript(file, liquibase(file.text()));
            case PLAIN, FLYWAY, GOLANG_MIGRATE -> SchemaScript.whole(file);
        };
    }

    private static List<Section> goose(String text) {
        List<Section> sections = new ArrayList<>();
        boolean up = false;
        int blockStart = -1;
        int sectionStart = -1;
        for (Line line : lines(text)) {
            Matcher m = GOOSE.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "up" -> {
                    up = true;
                    sectionStart = line.next();
                }
                case "down" -> {
                    close(sections, sectionStart, line.start(), up, false);
                    up = false;
                    sectionStart = -1;
                }
                case "statementbegin" -> {
                    close(sections, sectionStart, line.start(), up, false);
                    blockStart = line.next();
                    sectionStart = -1;
                }
                default -> { // statementend
                    if (blockStart >= 0) {
                        close(sections, blockStart, line.start(), up, true);
                    }
                    blockStart = -1;
                    sectionStart = up ? line.next() : -1;
                }
            }
        }
        close(sections, blockStart >= 0 ? blockStart : sectionStart, text.length(), up, blockStart >= 0);
        return sections;
    }

    private static List<Section> dbmate(String text) {
        List<Section> sections = new ArrayList<>();
        int start = -1;
        for (Line line : lines(text)) {
            Matcher m = DBMATE.matcher(line.text());
            if (m.find()) {
                close(sections, start, line.start(), start >= 0, false);
                start = m.group(1).equalsIgnoreCase("up") ? line.next() : -1;
            }
        }
        close(sections, start, text.length(), start >= 0, false);
        return sections;
    }

    private static List<Section> liquibase(String text) {
        List<Section> sections = new ArrayList<>();
        int start = -1;
        boolean whole = false;
        for (Line line : lines(text)) {
            Matcher m = CHANGESET.matcher(line.text());
            if (m.find()) {
                close(sections, start, line.start(), start >= 0, whole);
                start = line.next();
                whole = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "").contains("splitstatements:false");
            }
        }
        close(sections, start, text.length(), start >= 0, whole);
        return sections;
    }

    private static void close(List<Section> sections, int start, int end, boolean applied, boolean oneStatement) {
        if (applied && start >= 0 && end > start) {
            sections.add(new Section(start, end, oneStatement));
        }
    }

    /** A line's text without its line break, its start, and where the next line starts. */
    private record Line(String text, int start, int next) {}

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? text.length() : nl + 1;
            lines.add(new Line(text.substring(i, end).replace("\r", ""), i, next));
            i = next;
        }
        return lines;
    }
}
