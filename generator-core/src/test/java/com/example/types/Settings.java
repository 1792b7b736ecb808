package com.example.types;

/** A user type stored as jsonb, for the type-override tests. */
public record Settings(String theme, int fontSize) {}
