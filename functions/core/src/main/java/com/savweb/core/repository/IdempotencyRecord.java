package com.savweb.core.repository;

import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * Remembers which dossier a client's {@code Idempotency-Key} created, for 24 hours, so that a
 * retried create returns the same dossier instead of a second one.
 *
 * <p>Keys are scoped to the caller: two users may use the same key without interfering.
 */
public record IdempotencyRecord(String callerCode, String key, String number, Instant at) {

    /** How long a key is remembered (DynamoDB TTL removes it afterwards). */
    public static final Duration LIFETIME = Duration.ofHours(24);

    EnhancedDocument toItem() {
        return SavTable.newDocument()
                .putString(Keys.PK, Keys.idempotencyPk(callerCode, key))
                .putString(Keys.SK, "IDEMPOTENCY")
                .putString(Keys.TYPE, "IDEMPOTENCY")
                .putString("number", number)
                .putNumber(Keys.TTL, at.plus(LIFETIME).getEpochSecond())
                .build();
    }
}
