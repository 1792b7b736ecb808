package com.example.types;

import org.jooq.Converter;

/** text ↔ {@link Email}; null stays null. */
public final class EmailConverter implements Converter<String, Email> {

    @Override
    public Email from(String value) {
        return value == null ? null : new Email(value);
    }

    @Override
    public String to(Email value) {
        return value == null ? null : value.address();
    }

    @Override
    public Class<String> fromType() {
        return String.class;
    }

    @Override
    public Class<Email> toType() {
        return Email.class;
    }
}
