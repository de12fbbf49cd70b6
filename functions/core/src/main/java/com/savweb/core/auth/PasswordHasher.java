package com.savweb.core.auth;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Hashes passwords with bcrypt (salted, cost 10 by default) and checks them.
 *
 * <p>Cost 10 takes about 70 ms on one Lambda vCPU: slow enough to make guessing expensive,
 * fast enough for sign-in. {@link #burnTime} spends the same time for an unknown code, so the
 * response time does not tell whether a code exists. Bcrypt reads at most 72 bytes of a
 * password; longer ones are refused by {@link PasswordPolicy}.
 */
@Singleton
public class PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    private volatile String unknownUserHash;

    /** A hasher of cost 10. */
    @Inject
    public PasswordHasher() {
        this(10);
    }

    /** A hasher of the given bcrypt cost (4 to 31). */
    public PasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    /** A new salted hash of {@code password}. */
    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether {@code password} matches {@code hash}; a missing hash never matches. */
    public boolean matches(String password, String hash) {
        if (hash == null || password == null) {
            burnTime();
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends as long as a real check, for sign-in attempts on codes that do not exist. */
    public void burnTime() {
        String hash = unknownUserHash;
        if (hash == null) {
            // Made on first use, not at start-up: most containers never need it.
            hash = encoder.encode("no account has this password");
            unknownUserHash = hash;
        }
        encoder.matches("not the password", hash);
    }
}
