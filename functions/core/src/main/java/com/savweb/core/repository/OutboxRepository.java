package com.savweb.core.repository;

import com.savweb.core.notification.OutboxEntry;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Records how the delivery of outbox entries went; see {@link OutboxEntry}. */
@Singleton
public class OutboxRepository {

    private final SavTable savTable;

    /** Uses the container's table. */
    public OutboxRepository(SavTable savTable) {
        this.savTable = savTable;
    }

    /** Reads an outbox entry from a stream image (the item's attribute map). */
    public OutboxEntry fromImage(Map<String, AttributeValue> image) {
        return Items.outbox(EnhancedDocument.fromAttributeValueMap(image));
    }

    /** Whether a stream image is an outbox entry at all. */
    public boolean isOutboxImage(Map<String, AttributeValue> image) {
        AttributeValue type = image.get(Keys.TYPE);
        return type != null && Items.OUTBOX.equals(type.s());
    }

    /** The current state of an outbox entry (read consistently), if it still exists. */
    public Optional<OutboxEntry> find(String number, String sortKey) {
        EnhancedDocument item = savTable.table().getItem(get -> get
                .key(DossierRepository.key(Keys.dossierPk(number), sortKey))
                .consistentRead(true));
        return Optional.ofNullable(item).map(Items::outbox);
    }

    /** Marks an entry as delivered. */
    public void markSent(String number, String sortKey, int attempts, Instant at) {
        mark(number, sortKey, OutboxEntry.SENT, attempts, null, at);
    }

    /** Records a failed attempt; {@code finalAttempt} marks the entry {@code FAILED} for staff. */
    public void markAttemptFailed(String number, String sortKey, int attempts, String error,
            boolean finalAttempt, Instant at) {
        mark(number, sortKey, finalAttempt ? OutboxEntry.FAILED : OutboxEntry.PENDING, attempts,
                error, at);
    }

    private void mark(String number, String sortKey, String status, int attempts, String error,
            Instant at) {
        String expression = "SET #status = :status, attempts = :attempts, updatedAt = :at"
                + (error == null ? " REMOVE lastError" : ", lastError = :error");
        Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(
                ":status", AttributeValue.fromS(status),
                ":attempts", AttributeValue.fromN(Integer.toString(attempts)),
                ":at", AttributeValue.fromS(Keys.stamp(at))));
        if (error != null) {
            values.put(":error", AttributeValue.fromS(error));
        }
        savTable.client().updateItem(update -> update
                .tableName(savTable.name())
                .key(Map.of(Keys.PK, AttributeValue.fromS(Keys.dossierPk(number)),
                        Keys.SK, AttributeValue.fromS(sortKey)))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values));
    }
}
