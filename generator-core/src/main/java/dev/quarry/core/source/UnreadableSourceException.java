package dev.quarry.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An input file that cannot be read, for callers that stop at the first one (a fingerprint, tests). */
public final class UnreadableSourceException extends UncheckedIOException {
    private final transient SourceReader.Unreadable unreadable;

    public UnreadableSourceException(SourceReader.Unreadable unreadable) {
        super(unreadable.file().displayPath() + ": " + unreadable.message(),
                new IOException(unreadable.file().displayPath() + ": " + unreadable.message()));
        this.unreadable = unreadable;
    }

    public SourceReader.Unreadable unreadable() {
        return unreadable;
    }
}
