package com.savweb.core.model;

/**
 * The authenticated person behind a request, as recorded in their session.
 *
 * <p>Every function decides from this alone what the request may see or change.
 */
public record Caller(
        String code,
        String name,
        Role role,
        String companyId,
        String companyName,
        Language language,
        String csrfToken) {

    /** Whether this caller works for the service desk. */
    public boolean isStaff() {
        return role.isStaff();
    }

    /** Whether this caller may see a dossier of the given company. */
    public boolean maySee(Dossier dossier) {
        return isStaff() || dossier.companyId().equals(companyId);
    }
}
