package com.savweb.notifier;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.savweb.core.config.SavClock;
import com.savweb.core.logging.JsonLog;
import com.savweb.core.model.Dossier;
import com.savweb.core.notification.OutboxEntry;
import com.savweb.core.repository.DossierRepository;
import com.savweb.core.repository.OutboxRepository;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notifier function: consumes the table's stream (filtered to new outbox entries by the
 * event source mapping in {@code template.yaml}), renders each entry's mail for each recipient
 * and sends it through SES, then marks the entry {@code SENT}.
 *
 * <p>When sending fails, the entry's attempt count grows and the record is reported as a batch
 * item failure, so Lambda delivers it again. At the {@link #MAX_ATTEMPTS}th failure the entry is
 * marked {@code FAILED} (staff see it on the dossier) and no longer retried. Delivery is at least
 * once: a retry after a partial failure may mail an earlier recipient twice.
 */
public class NotifierHandler
        extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** Failures after which an entry is given up and marked {@code FAILED}. */
    public static final int MAX_ATTEMPTS = 5;

    static {
        JsonLog.init();
    }

    @Inject
    OutboxRepository outbox;

    @Inject
    DossierRepository dossiers;

    @Inject
    RecipientResolver recipients;

    @Inject
    MailRenderer renderer;

    @Inject
    MailSender sender;

    @Inject
    SavClock clock;

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            var image = StreamImages.toSdk(record.getDynamodb().getNewImage());
            if (image == null || !outbox.isOutboxImage(image)) {
                continue;
            }
            OutboxEntry entry = outbox.fromImage(image);
            if (!deliver(entry)) {
                failures.add(StreamsEventResponse.BatchItemFailure.builder()
                        .withItemIdentifier(record.getDynamodb().getSequenceNumber())
                        .build());
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }

    /** Sends one entry's mail; {@code false} if it should be delivered again. */
    private boolean deliver(OutboxEntry entry) {
        String number = entry.event().number();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("dossier", number);
        fields.put("kind", entry.event().kind().name());
        Optional<OutboxEntry> current = outbox.find(number, entry.sortKey());
        if (current.isEmpty() || !OutboxEntry.PENDING.equals(current.get().status())) {
            return true;
        }
        int attempts = current.get().attempts() + 1;
        try {
            Dossier dossier = dossiers.find(number).orElseThrow(() ->
                    new IllegalStateException("outbox entry of a missing dossier"));
            int sent = 0;
            for (Recipient recipient : recipients.resolve(entry.event().kind(), dossier)) {
                sender.send(renderer.render(entry.event(), dossier, recipient));
                sent++;
            }
            outbox.markSent(number, entry.sortKey(), attempts, clock.now());
            fields.put("recipients", sent);
            JsonLog.info("notification.sent", fields);
            return true;
        } catch (RuntimeException e) {
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            fields.put("attempts", attempts);
            fields.put("givenUp", giveUp);
            JsonLog.error("notification.failed", fields, e);
            outbox.markAttemptFailed(number, entry.sortKey(), attempts,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp, clock.now());
            return giveUp;
        }
    }
}
