package com.savweb.core.model;

import java.util.Locale;

/** The two languages of the portal and its mail; French is the default everywhere. */
public enum Language {
    FR,
    EN;

    /** The lower-case tag used in JSON and {@code Accept-Language}: {@code fr} or {@code en}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a tag or an {@code Accept-Language} value; anything but English gives French. */
    public static Language fromTag(String value) {
        if (value == null) {
            return FR;
        }
        String first = value.trim().toLowerCase(Locale.ROOT);
        return first.startsWith("en") ? EN : FR;
    }

    /** Like {@link #fromTag} but {@code null} when the value names neither language. */
    public static Language parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        String first = value.trim().toLowerCase(Locale.ROOT);
        if (first.startsWith("en")) {
            return EN;
        }
        return first.startsWith("fr") ? FR : null;
    }

    /** The locale used to format dates in this language. */
    public Locale locale() {
        return this == EN ? Locale.UK : Locale.FRANCE;
    }
}
