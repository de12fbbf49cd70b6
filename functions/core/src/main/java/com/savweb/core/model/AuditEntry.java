package com.savweb.core.model;

import java.time.Instant;

/**
 * One administrative action, kept for admins to review: who did what to which account or
 * company, and when. {@code summary} never contains a password.
 */
public record AuditEntry(Instant at, String actor, String action, String target,
        String summary) {
}
