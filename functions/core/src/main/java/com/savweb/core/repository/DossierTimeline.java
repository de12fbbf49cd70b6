package com.savweb.core.repository;

import com.savweb.core.model.Complement;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.HistoryEntry;
import com.savweb.core.notification.OutboxEntry;
import java.util.List;

/**
 * A dossier with everything recorded under it, each list in time order, as read by one Query.
 *
 * <p>Internal entries are included; filtering them for customers is the caller's job.
 */
public record DossierTimeline(
        Dossier dossier,
        List<HistoryEntry> history,
        List<Complement> complements,
        List<OutboxEntry> notifications) {
}
