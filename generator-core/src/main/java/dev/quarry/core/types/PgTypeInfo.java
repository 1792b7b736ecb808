package dev.quarry.core.types;

/** A type's {@code pg_type.typcategory} and {@code typispreferred}, which steer overload choice. */
record PgTypeInfo(String name, char category, boolean preferred) {}
