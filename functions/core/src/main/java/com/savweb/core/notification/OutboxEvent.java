package com.savweb.core.notification;

import com.savweb.core.model.DossierState;

/**
 * A notification to send, written in the same transaction as the dossier change that caused
 * it, so that a change is never committed without its mail, nor mail sent for a change that
 * failed.
 *
 * <p>{@code publicComment} is the text the customer may read (a public comment or reply); an
 * internal note is never put here.
 */
public record OutboxEvent(
        NotificationKind kind,
        String number,
        String actor,
        String actorName,
        DossierState from,
        DossierState to,
        String publicComment) {
}
