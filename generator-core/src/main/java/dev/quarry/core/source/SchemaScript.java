package dev.quarry.core.source;

import java.util.List;

/**
 * A schema file and the parts of it to apply. Roll-back parts (goose Down, dbmate down) are left
 * out, but offsets stay the file's, so diagnostics in the applied parts show the file's own lines.
 */
public record SchemaScript(SourceFile file, List<Section> sections) {

    /**
     * A range of the file to apply.
     *
     * @param oneStatement the range is one statement even if it holds semicolons (goose's
     *     {@code StatementBegin}/{@code StatementEnd})
     */
    public record Section(int start, int end, boolean oneStatement) {}

    public SchemaScript {
        sections = List.copyOf(sections);
    }

    /** The whole file, split at semicolons. */
    public static SchemaScript whole(SourceFile file) {
        return new SchemaScript(file, List.of(new Section(0, file.text().length(), false)));
    }
}
