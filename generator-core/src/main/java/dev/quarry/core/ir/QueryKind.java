package dev.quarry.core.ir;

import java.util.Arrays;
import java.util.Optional;

/** The {@code :kind} of a {@code -- name:} annotation: what the generated method returns. */
public enum QueryKind {
    ONE(":one"),
    MANY(":many"),
    EXEC(":exec"),
    EXECROWS(":execrows"),
    EXECRESULT(":execresult"),
    EXECLASTID(":execlastid"),
    BATCHEXEC(":batchexec"),
    BATCHONE(":batchone"),
    BATCHMANY(":batchmany"),
    COPYFROM(":copyfrom");

    private final String annotation;

    QueryKind(String annotation) {
        this.annotation = annotation;
    }

    public String annotation() {
        return annotation;
    }

    public static Optional<QueryKind> fromAnnotation(String text) {
        return Arrays.stream(values()).filter(k -> k.annotation.equals(text)).findFirst();
    }

    /** Whether the generated method reads rows from a result set. */
    public boolean returnsRows() {
        return this == ONE || this == MANY || this == BATCHONE || this == BATCHMANY;
    }

    /** The kinds this version generates; the others are reported as not supported yet. */
    public boolean isSupported() {
        return true;
    }

    /** Whether the generated method takes a list of parameter sets rather than one. */
    public boolean takesParameterList() {
        return this == BATCHEXEC || this == BATCHONE || this == BATCHMANY || this == COPYFROM;
    }
}
