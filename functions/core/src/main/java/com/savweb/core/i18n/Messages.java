package com.savweb.core.i18n;

import com.savweb.core.model.Language;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's sentences in French and English, read from {@code i18n/messages_*.properties}.
 *
 * <p>Bundles are loaded once per container. A missing key is returned as is, so that a gap in a
 * translation shows up in tests and never as an exception on the request path.
 */
public final class Messages {

    private static final ResourceBundle FR = load(Language.FR);
    private static final ResourceBundle EN = load(Language.EN);

    private Messages() {
    }

    /** The sentence for {@code key} in {@code language}, with its arguments filled in. */
    public static String get(Language language, String key, Object... arguments) {
        ResourceBundle bundle = language == Language.EN ? EN : FR;
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Whether both languages define {@code key}. */
    public static boolean has(String key) {
        return FR.containsKey(key) && EN.containsKey(key);
    }

    private static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle("i18n.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
