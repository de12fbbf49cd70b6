package com.savweb.core.api;

import com.savweb.core.model.Dossier;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A dossier as the API shows it (the recap after creation, the head of the detail page).
 *
 * <p>Codes only ({@code state}, {@code department}, {@code urgency}); the site has the labels
 * in both languages, from the catalogue and its own texts. {@code version} is what a client
 * sends back as {@code expectedVersion} to change the state safely.
 */
@Serdeable
public record DossierJson(
        String number,
        String companyId,
        String companyName,
        String department,
        String urgency,
        String subject,
        String description,
        String state,
        String openedBy,
        String openedByName,
        String requester,
        String requesterName,
        String createdAt,
        String updatedAt,
        long version) {

    /** The JSON shape of a dossier. */
    public static DossierJson of(Dossier d) {
        return new DossierJson(d.number(), d.companyId(), d.companyName(), d.department(),
                d.urgency(), d.subject(), d.description(), d.state().name(), d.openedBy(),
                d.openedByName(), d.requester(), d.requesterName(), d.createdAt().toString(),
                d.updatedAt().toString(), d.version());
    }
}
