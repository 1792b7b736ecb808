package dev.quarry.core.emit;

import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.ir.ProjectIr;
import java.util.List;

/** Emits the Java sources for a project: one file per generated artifact. */
public final class JavaEmitter {

    private JavaEmitter() {}

    public static List<GeneratedFile> emit(ProjectIr project, Diagnostics diagnostics) {
        // TODO(emit): replaced by the emitters
        return List.of();
    }
}
