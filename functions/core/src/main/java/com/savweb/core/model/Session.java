package com.savweb.core.model;

import java.time.Instant;

/**
 * A signed-in session as stored: only the SHA-256 of its token is kept, so a copy of the table
 * gives nobody a usable session.
 *
 * <p>The caller's profile is copied in at sign-in; a later change of name or role takes effect
 * at the next sign-in. Disabling an account or resetting its password ends its sessions
 * ({@code SessionRepository#deleteAllOf}).
 */
public record Session(
        String tokenHash,
        String code,
        String name,
        Role role,
        String companyId,
        String companyName,
        Language language,
        String csrfToken,
        Instant createdAt,
        Instant expiresAt) {

    /** The caller this session authenticates. */
    public Caller caller() {
        return new Caller(code, name, role, companyId, companyName, language, csrfToken);
    }
}
