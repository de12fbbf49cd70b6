package com.savweb.core.model;

import java.time.Instant;

/**
 * One immutable line of a dossier's history: a state change (or its creation, with no
 * {@code from}), who made it, when, and an optional comment that is public or internal.
 */
public record HistoryEntry(
        Instant at,
        DossierState from,
        DossierState to,
        String by,
        String byName,
        Role byRole,
        String comment,
        Visibility visibility) {
}
