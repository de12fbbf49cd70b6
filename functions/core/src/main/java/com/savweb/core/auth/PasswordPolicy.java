package com.savweb.core.auth;

import java.util.Locale;
import java.util.Set;

/**
 * Which passwords are accepted when an admin sets or resets one: at least 8 and at most 72
 * characters, letters and digits, not containing the account's code, and not one of a short list
 * of passwords every attacker tries first.
 *
 * <p>Known limit: the list of common passwords is small and built in; it does not consult a
 * breached-password service.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of(
            "password1", "password123", "azerty123", "azertyuiop1", "qwerty123", "12345678a",
            "motdepasse1", "bonjour123", "soleil123", "welcome1", "admin1234", "changeme1",
            "infodata1", "savweb123");

    private PasswordPolicy() {
    }

    /** Whether {@code password} may be used for the account {@code code}. */
    public static boolean isAcceptable(String password, String code) {
        if (password == null || password.length() < 8 || password.length() > 72) {
            return false;
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        String lower = password.toLowerCase(Locale.ROOT);
        boolean containsCode = code != null && !code.isBlank()
                && lower.contains(code.toLowerCase(Locale.ROOT));
        return letter && digit && !containsCode && !COMMON.contains(lower);
    }
}
