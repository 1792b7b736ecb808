package dev.quarry.core.ir;

import java.util.List;

/** A SQL enum type; emission makes a Java enum of it. */
public record EnumIr(String schema, String name, List<String> labels) {

    public EnumIr {
        labels = List.copyOf(labels);
    }
}
