package com.savweb.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A person who signs in: a customer user of one company, or a staff agent or admin.
 *
 * <p>{@code companyId} is {@code null} for staff. {@code failedLogins} and {@code lockedUntil}
 * slow down password guessing on one code; {@code departments} is empty for customers.
 */
public record UserAccount(
        String code,
        String name,
        String email,
        Language language,
        Role role,
        String companyId,
        boolean enabled,
        String passwordHash,
        int failedLogins,
        Instant lockedUntil,
        List<String> departments) {

    /** Whether sign-in is refused for now because of repeated failures. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
