package dev.quarry.runtime;

/** Implemented by generated enums: the label the database stores for a constant. */
public interface SqlEnum {
    String literal();
}
