package dev.quarry.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path dir;

    private SourceReader.Unreadable unreadable(Path file) {
        return assertInstanceOf(SourceReader.Unreadable.class, SourceReader.read(file, file.getFileName().toString()));
    }

    private static byte[] bytes(String before, int... invalid) {
        byte[] text = before.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[text.length + invalid.length];
        System.arraycopy(text, 0, all, 0, text.length);
        for (int i = 0; i < invalid.length; i++) {
            all[text.length + i] = (byte) invalid[i];
        }
        return all;
    }

    @Test
    void readsUtf8WithoutItsByteOrderMark() throws IOException {
        Path file = dir.resolve("q.sql");
        Files.write(file, bytes("\uFEFFSELECT 'é';\n"));

        SourceReader.Text text = assertInstanceOf(SourceReader.Text.class, SourceReader.read(file, "q.sql"));

        assertEquals("SELECT 'é';\n", text.file().text());
    }

    @Test
    void invalidUtf8IsReportedAtItsFirstBadByte() throws IOException {
        Path file = dir.resolve("q.sql");
        // "é" is two bytes, one char: the column counts characters, as every diagnostic does
        Files.write(file, bytes("-- name: A :one\nSELECT 'é', '", 0xFF, '\'', ';', '\n', 0xFE));

        SourceReader.Unreadable bad = unreadable(file);

        Span at = Span.at(bad.file(), bad.offset());
        assertEquals("q.sql:2:14", at.location());
        assertEquals("not UTF-8 text: invalid byte 0xFF", bad.message());
        assertEquals("SELECT 'é', '\uFFFD';", bad.file().lineText(2), "the line is shown with the bad byte replaced");
    }

    @Test
    void aTruncatedSequenceNamesItsBytes() throws IOException {
        Path file = dir.resolve("q.sql");
        Files.write(file, bytes("\uFEFFSELECT ", 0xE2, 0x82, '1'));

        SourceReader.Unreadable bad = unreadable(file);

        assertEquals("q.sql:1:8", Span.at(bad.file(), bad.offset()).location(), "after the byte order mark");
        assertEquals("not UTF-8 text: invalid bytes 0xE2 0x82", bad.message());
    }

    @Test
    void aFolderWhereAFileIsExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("schema.sql"));

        SourceReader.Unreadable bad = unreadable(folder);

        assertEquals(-1, bad.offset());
        assertEquals("cannot read file: it is a folder", bad.message());
    }

    @Test
    void aPipeIsNotReadAtAll() throws Exception {
        Path fifo = dir.resolve("queries.sql");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a pipe here");

        // reading a pipe without a writer would block forever
        assertEquals("cannot read file: it is not a regular file", unreadable(fifo).message());
    }

    @Test
    void aFileWithoutReadPermission() throws IOException {
        Path file = dir.resolve("q.sql");
        Files.writeString(file, "SELECT 1;\n");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(file), "running as root (or with CAP_DAC_OVERRIDE), every file is readable, so"
                + " a missing read permission cannot be tested");

        SourceReader.Unreadable bad = unreadable(file);

        assertEquals(-1, bad.offset());
        assertEquals("cannot read file: permission denied", bad.message());
    }
}
