package dev.quarry.core.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * How MySQL's unsigned integers become Java types ({@code java.unsigned} in quarry.yaml): jOOQ's
 * unsigned number classes, or the next wider signed type that holds every value.
 */
public enum UnsignedMapping {
    /** {@code UByte}, {@code UShort}, {@code UInteger}, {@code ULong} of {@code org.jooq.types}. */
    JOOQ("jooq"),
    /** {@code short}, {@code int}, {@code long}, {@code java.math.BigInteger}. */
    WIDEN("widen");

    private final String configName;

    UnsignedMapping(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<UnsignedMapping> fromConfigName(String name) {
        return Arrays.stream(values()).filter(m -> m.configName.equals(name)).findFirst();
    }
}
