package com.savweb.core.api;

import com.savweb.core.model.Dossier;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One line of a dossier list: number, dates, subject, urgency, state, who opened it and for
 * whom, and (for staff) the company and department.
 */
@Serdeable
public record DossierRow(
        String number,
        String createdAt,
        String updatedAt,
        String subject,
        String urgency,
        String department,
        String state,
        String openedByName,
        String requesterName,
        String companyId,
        String companyName) {

    /** The list line of a dossier. */
    public static DossierRow of(Dossier d) {
        return new DossierRow(d.number(), d.createdAt().toString(), d.updatedAt().toString(),
                d.subject(), d.urgency(), d.department(), d.state().name(), d.openedByName(),
                d.requesterName(), d.companyId(), d.companyName());
    }

    /** A page of list lines and the cursor of the next page ({@code null} at the end). */
    @Serdeable
    public record Page(List<DossierRow> items, String next) {
    }
}
