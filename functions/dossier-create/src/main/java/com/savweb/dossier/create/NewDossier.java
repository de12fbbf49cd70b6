package com.savweb.dossier.create;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The "Nouveau" form: problème (department), urgence, sujet, description, and for staff the
 * customer user the dossier is opened for ({@code requester}).
 */
@Serdeable
public record NewDossier(String department, String urgency, String subject, String description,
        String requester) {

    /** The longest subject: short and explicit, as the guide asks. */
    public static final int SUBJECT_MAX = 120;
    /** The longest description. */
    public static final int DESCRIPTION_MAX = 8000;
}
