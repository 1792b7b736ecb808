package com.example.types;

/** A user type stored as text, for the type-override tests. */
public record Email(String address) {}
