package com.savweb.core.model;

import java.time.Instant;

/**
 * A complément d'information: text added to a dossier by the customer, or a staff reply
 * (public) or note (internal).
 */
public record Complement(
        String id,
        Instant at,
        String by,
        String byName,
        Role byRole,
        String text,
        Visibility visibility) {
}
