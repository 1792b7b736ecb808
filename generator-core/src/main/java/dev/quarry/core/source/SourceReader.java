package dev.quarry.core.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads an input file as UTF-8 text. A file that exists but cannot be read is a value, not an
 * exception: it says which file and why, and for bytes that are not UTF-8 where the first bad one
 * is, so that the caller can report it like any other input error.
 */
public final class SourceReader {

    private SourceReader() {}

    /** What reading gave: the text, or why there is none. */
    public sealed interface Result permits Text, Unreadable {}

    public record Text(SourceFile file) implements Result {}

    /**
     * A file that cannot be read as text.
     *
     * @param file the file; its text is what could be decoded (invalid bytes replaced by U+FFFD),
     *     empty when nothing could be read
     * @param offset where in that text the problem is, or -1 when it concerns the file as a whole
     */
    public record Unreadable(SourceFile file, int offset, String message, String hint) implements Result {}

    public static Result read(Path path, String displayPath) {
        if (Files.isDirectory(path)) {
            return whole(path, displayPath, "cannot read file: it is a folder", "name a file here");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // a pipe or a device: reading could block forever
            return whole(path, displayPath, "cannot read file: it is not a regular file", "name a regular file here");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return whole(path, displayPath, "cannot read file: " + reason(e), "check that the file exists and is readable");
        }
        return decode(path, displayPath, bytes);
    }

    /** UTF-8 text without a leading byte order mark, or where the first byte that is not UTF-8 is. */
    static Result decode(Path path, String displayPath, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        boolean bom = out.position() > 0 && out.get(0) == '\uFEFF';
        if (!result.isError()) {
            out.flip();
            return new Text(SourceFile.of(path, displayPath, out.subSequence(bom ? 1 : 0, out.length()).toString()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int offset = out.position();
        if (bom) {
            text = text.substring(1);
            offset--;
        }
        int start = in.position();
        int length = Math.max(1, result.length());
        String shown = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase()
                .formatHex(bytes, start, Math.min(bytes.length, start + length));
        return new Unreadable(SourceFile.of(path, displayPath, text), offset,
                "not UTF-8 text: invalid " + (length == 1 ? "byte " : "bytes ") + shown,
                "Quarry reads schema and query files as UTF-8; save this file in that encoding");
    }

    /** A folder of inputs that cannot be listed. */
    public static Unreadable unreadableFolder(Path folder, String displayPath, IOException e) {
        return whole(folder, displayPath, "cannot read folder: " + reason(e), "check that the folder is readable");
    }

    private static Unreadable whole(Path path, String displayPath, String message, String hint) {
        return new Unreadable(SourceFile.of(path, displayPath, ""), -1, message, hint);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
