package dev.quarry.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    private static List<Path> paths(String... names) {
        return java.util.Arrays.stream(names).map(Path::of).sorted().toList();
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    @Test
    void versionsCompareAsNumbersPartByPart() {
        MigrationVersion v2 = MigrationVersion.parse("2").orElseThrow();
        MigrationVersion v10 = MigrationVersion.parse("10").orElseThrow();
        assertTrue(v2.compareTo(v10) < 0);
        assertTrue(MigrationVersion.parse("1_9").orElseThrow().compareTo(MigrationVersion.parse("1_10").orElseThrow()) < 0);
        assertTrue(MigrationVersion.parse("1.1").orElseThrow().compareTo(MigrationVersion.parse("1_2").orElseThrow()) < 0);
        assertEquals(0, MigrationVersion.parse("1.1").orElseThrow().compareTo(MigrationVersion.parse("1.1.0").orElseThrow()));
        assertTrue(MigrationVersion.parse("20240101120000").orElseThrow()
                .compareTo(MigrationVersion.parse("20240101120001").orElseThrow()) < 0);
        assertTrue(MigrationVersion.parse("1a").isEmpty());
    }

    @Test
    void flywayOrdersByVersionThenRepeatablesAndIgnoresUndo() {
        List<Path> files = paths("V10__c.sql", "V2__b.sql", "V1_10__a3.sql", "V1_9__a2.sql", "V1.1__a1.sql",
                "V1__a.sql", "R__views.sql", "R__a_functions.sql", "U2__undo.sql", "notes.sql");
        assertEquals(MigrationFormat.FLYWAY, MigrationOrder.detect(files, f -> ""));
        assertEquals(List.of("V1__a.sql", "V1.1__a1.sql", "V1_9__a2.sql", "V1_10__a3.sql", "V2__b.sql", "V10__c.sql",
                "R__a_functions.sql", "R__views.sql"), names(MigrationOrder.order(files, MigrationFormat.FLYWAY)));
    }

    @Test
    void golangMigrateAppliesUpFilesByVersion() {
        List<Path> files = paths("10_c.up.sql", "10_c.down.sql", "2_b.up.sql", "2_b.down.sql", "1_a.up.sql");
        assertEquals(MigrationFormat.GOLANG_MIGRATE, MigrationOrder.detect(files, f -> ""));
        assertEquals(List.of("1_a.up.sql", "2_b.up.sql", "10_c.up.sql"),
                names(MigrationOrder.order(files, MigrationFormat.GOLANG_MIGRATE)));
    }

    @Test
    void gooseAndDbmateAreDetectedFromMarkersAndOrderedByVersion() {
        List<Path> files = paths("10_c.sql", "2_b.sql", "00001_a.sql");
        Map<String, String> goose = Map.of("10_c.sql", "-- +goose Up\n", "2_b.sql", "", "00001_a.sql", "");
        assertEquals(MigrationFormat.GOOSE, MigrationOrder.detect(files, f -> goose.get(f.toString())));
        assertEquals(MigrationFormat.DBMATE, MigrationOrder.detect(files, f -> "-- migrate:up\n"));
        assertEquals(MigrationFormat.LIQUIBASE, MigrationOrder.detect(files, f -> "--liquibase formatted sql\n"));
        assertEquals(MigrationFormat.PLAIN, MigrationOrder.detect(files, f -> "CREATE TABLE t (a int);"));
        assertEquals(List.of("00001_a.sql", "2_b.sql", "10_c.sql"), names(MigrationOrder.order(files, MigrationFormat.GOOSE)));
        assertEquals(List.of("00001_a.sql", "10_c.sql", "2_b.sql"), names(MigrationOrder.order(files, MigrationFormat.PLAIN)));
    }
}
