package com.savweb.dossier.detail;

import com.savweb.core.api.DossierJson;
import com.savweb.core.model.Complement;
import com.savweb.core.model.HistoryEntry;
import com.savweb.core.model.Visibility;
import com.savweb.core.notification.OutboxEntry;
import com.savweb.core.repository.DossierTimeline;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The detail page: the dossier, its history (one line per state change), its compléments, and
 * for staff the delivery state of its notifications.
 *
 * <p>For customers, internal notes are left out and internal comments on state changes are
 * blanked (the change itself stays visible); {@code notifications} is empty.
 */
@Serdeable
public record DossierDetailJson(
        DossierJson dossier,
        List<HistoryJson> history,
        List<ComplementJson> complements,
        List<NotificationJson> notifications) {

    /** One state change. {@code from} is {@code null} for the creation. */
    @Serdeable
    public record HistoryJson(String at, String from, String to, String by, String byName,
            String byRole, String comment, String visibility) {
    }

    /** One complément, staff reply or internal note. */
    @Serdeable
    public record ComplementJson(String id, String at, String by, String byName, String byRole,
            String text, String visibility) {
    }

    /** How the mail of one event went: {@code PENDING}, {@code SENT} or {@code FAILED}. */
    @Serdeable
    public record NotificationJson(String at, String kind, String status, int attempts,
            String lastError) {
    }

    /** The detail as the caller may see it. */
    public static DossierDetailJson of(DossierTimeline timeline, boolean staff) {
        List<HistoryJson> history = timeline.history().stream()
                .map(entry -> history(entry, staff))
                .toList();
        List<ComplementJson> complements = timeline.complements().stream()
                .filter(c -> staff || c.visibility() == Visibility.PUBLIC)
                .map(DossierDetailJson::complement)
                .toList();
        List<NotificationJson> notifications = staff
                ? timeline.notifications().stream().map(DossierDetailJson::notification).toList()
                : List.of();
        return new DossierDetailJson(DossierJson.of(timeline.dossier()), history, complements,
                notifications);
    }

    private static HistoryJson history(HistoryEntry entry, boolean staff) {
        boolean shown = staff || entry.visibility() == Visibility.PUBLIC;
        return new HistoryJson(entry.at().toString(),
                entry.from() == null ? null : entry.from().name(), entry.to().name(),
                entry.by(), entry.byName(), entry.byRole().name().toLowerCase(),
                shown ? entry.comment() : null,
                shown ? entry.visibility().name() : Visibility.PUBLIC.name());
    }

    private static ComplementJson complement(Complement c) {
        return new ComplementJson(c.id(), c.at().toString(), c.by(), c.byName(),
                c.byRole().name().toLowerCase(), c.text(), c.visibility().name());
    }

    private static NotificationJson notification(OutboxEntry entry) {
        return new NotificationJson(entry.at().toString(), entry.event().kind().name(),
                entry.status(), entry.attempts(), entry.lastError());
    }
}
