package com.savweb.core.notification;

import java.time.Instant;

/**
 * An outbox item as stored: its event and how its delivery went.
 *
 * <p>{@code status} is {@code PENDING}, {@code SENT} or {@code FAILED}; failed entries stay
 * visible to staff on the dossier.
 */
public record OutboxEntry(
        String sortKey,
        Instant at,
        OutboxEvent event,
        String status,
        int attempts,
        String lastError) {

    /** Delivery not yet attempted or being retried. */
    public static final String PENDING = "PENDING";
    /** Every recipient's mail was accepted by SES. */
    public static final String SENT = "SENT";
    /** Given up after the last retry; shown to staff. */
    public static final String FAILED = "FAILED";
}
