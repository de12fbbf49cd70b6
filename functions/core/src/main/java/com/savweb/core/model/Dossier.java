package com.savweb.core.model;

import java.time.Instant;

/**
 * A support dossier as stored: who it belongs to, what it is about, and where it stands.
 *
 * <p>{@code openedBy} is whoever created it (a customer or a staff member on their behalf);
 * {@code requester} is the customer user it is for. {@code version} grows by one on every
 * change and guards concurrent writers.
 */
public record Dossier(
        String number,
        String companyId,
        String companyName,
        String department,
        String urgency,
        String subject,
        String description,
        DossierState state,
        String openedBy,
        String openedByName,
        String requester,
        String requesterName,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A copy in a new state, one version later. */
    public Dossier movedTo(DossierState target, Instant at) {
        return new Dossier(number, companyId, companyName, department, urgency, subject,
                description, target, openedBy, openedByName, requester, requesterName,
                createdAt, at, version + 1);
    }

    /** A copy touched by a complement without a state change, one version later. */
    public Dossier touched(Instant at) {
        return movedTo(state, at);
    }
}
