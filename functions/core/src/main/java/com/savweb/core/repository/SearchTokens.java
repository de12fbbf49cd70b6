package com.savweb.core.repository;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a dossier can be found by: its subject, lower-cased, without accents, split on
 * anything but letters and digits, words of two characters or more, at most
 * {@link #MAX_TOKENS}. Each word gets a small item {@code pk = SEARCH#<word>} written with the
 * dossier, so that a search is a Query, never a Scan.
 *
 * <p>Known limit: only whole words of the subject are indexed (no prefixes, no description).
 */
public final class SearchTokens {

    /** Words indexed per dossier; a subject has at most 120 characters. */
    public static final int MAX_TOKENS = 20;

    private SearchTokens() {
    }

    /** The distinct words of {@code text}, in order. */
    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : plain.split("[^\\p{L}\\p{Nd}]+")) {
            if (word.length() >= 2 && tokens.size() < MAX_TOKENS) {
                tokens.add(word);
            }
        }
        return new ArrayList<>(tokens);
    }

    static String partition(String token) {
        return "SEARCH#" + token;
    }
}
