package com.savweb.core.repository;

import com.savweb.core.model.Company;
import com.savweb.core.model.Complement;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.DossierState;
import com.savweb.core.model.HistoryEntry;
import com.savweb.core.model.Language;
import com.savweb.core.model.Role;
import com.savweb.core.model.UserAccount;
import com.savweb.core.model.Visibility;
import com.savweb.core.notification.NotificationKind;
import com.savweb.core.notification.OutboxEntry;
import com.savweb.core.notification.OutboxEvent;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * Maps domain records to table items and back, by hand: no reflection on any request path.
 *
 * <p>Absent optional values are left out of the item rather than stored as NULL.
 */
final class Items {

    static final String DOSSIER = "DOSSIER";
    static final String HISTORY = "HISTORY";
    static final String COMPLEMENT = "COMPLEMENT";
    static final String OUTBOX = "OUTBOX";
    static final String USER = "USER";
    static final String COMPANY = "COMPANY";

    private static final EnhancedType<String> STRING = EnhancedType.of(String.class);

    private Items() {
    }

    static EnhancedDocument dossier(Dossier d, int urgencyRank) {
        String created = Keys.stamp(d.createdAt());
        String view = d.state().view().param();
        EnhancedDocument.Builder item = SavTable.newDocument()
                .putString(Keys.PK, Keys.dossierPk(d.number()))
                .putString(Keys.SK, Keys.DOSSIER_SK)
                .putString(Keys.TYPE, DOSSIER)
                .putString(Keys.COMPANY_KEY, Keys.companyKey(d.companyId()))
                .putString(Keys.COMPANY_SORT,
                        "DOSSIER#" + view + "#" + created + "#" + d.number())
                .putString(Keys.REQUESTER_KEY, Keys.userPk(d.requester()))
                .putString(Keys.REQUESTER_SORT, view + "#" + created + "#" + d.number())
                .putString(Keys.STATE_KEY, Keys.stateKey(d.state().name()))
                // Open queues age from creation; the closed queue from closure, so that
                // "recently closed" means closed recently.
                .putString(Keys.STATE_SORT, (d.state().isOpen()
                        ? created : Keys.stamp(d.updatedAt())) + "#" + d.number())
                .putString(Keys.URGENCY_SORT, urgencyRank + "#" + created + "#" + d.number())
                .putNumber("version", d.version());
        putIfPresent(item, "number", d.number());
        putIfPresent(item, "companyId", d.companyId());
        putIfPresent(item, "companyName", d.companyName());
        putIfPresent(item, "department", d.department());
        putIfPresent(item, "urgency", d.urgency());
        putIfPresent(item, "subject", d.subject());
        putIfPresent(item, "description", d.description());
        putIfPresent(item, "state", d.state().name());
        putIfPresent(item, "openedBy", d.openedBy());
        putIfPresent(item, "openedByName", d.openedByName());
        putIfPresent(item, "requester", d.requester());
        putIfPresent(item, "requesterName", d.requesterName());
        putIfPresent(item, "createdAt", created);
        putIfPresent(item, "updatedAt", Keys.stamp(d.updatedAt()));
        return item.build();
    }

    static Dossier dossier(EnhancedDocument item) {
        return new Dossier(
                item.getString("number"),
                item.getString("companyId"),
                item.getString("companyName"),
                item.getString("department"),
                item.getString("urgency"),
                item.getString("subject"),
                item.getString("description"),
                DossierState.valueOf(item.getString("state")),
                item.getString("openedBy"),
                item.getString("openedByName"),
                item.getString("requester"),
                item.getString("requesterName"),
                instant(item.getString("createdAt")),
                instant(item.getString("updatedAt")),
                item.getNumber("version").longValue());
    }

    static EnhancedDocument history(String number, HistoryEntry h) {
        EnhancedDocument.Builder item = SavTable.newDocument()
                .putString(Keys.PK, Keys.dossierPk(number))
                .putString(Keys.SK, Keys.timeline(Keys.HISTORY_PREFIX, h.at()))
                .putString(Keys.TYPE, HISTORY)
                .putString("at", Keys.stamp(h.at()))
                .putString("to", h.to().name())
                .putString("by", h.by())
                .putString("byName", h.byName())
                .putString("byRole", h.byRole().name())
                .putString("visibility", h.visibility().name());
        if (h.from() != null) {
            item.putString("from", h.from().name());
        }
        putIfPresent(item, "comment", h.comment());
        return item.build();
    }

    static HistoryEntry history(EnhancedDocument item) {
        String from = item.getString("from");
        return new HistoryEntry(
                instant(item.getString("at")),
                from == null ? null : DossierState.valueOf(from),
                DossierState.valueOf(item.getString("to")),
                item.getString("by"),
                item.getString("byName"),
                Role.valueOf(item.getString("byRole")),
                item.getString("comment"),
                Visibility.valueOf(item.getString("visibility")));
    }

    static EnhancedDocument complement(String number, Complement c) {
        return SavTable.newDocument()
                .putString(Keys.PK, Keys.dossierPk(number))
                .putString(Keys.SK, Keys.COMPLEMENT_PREFIX + Keys.stamp(c.at()) + "#" + c.id())
                .putString(Keys.TYPE, COMPLEMENT)
                .putString("id", c.id())
                .putString("at", Keys.stamp(c.at()))
                .putString("by", c.by())
                .putString("byName", c.byName())
                .putString("byRole", c.byRole().name())
                .putString("text", c.text())
                .putString("visibility", c.visibility().name())
                .build();
    }

    static Complement complement(EnhancedDocument item) {
        return new Complement(
                item.getString("id"),
                instant(item.getString("at")),
                item.getString("by"),
                item.getString("byName"),
                Role.valueOf(item.getString("byRole")),
                item.getString("text"),
                Visibility.valueOf(item.getString("visibility")));
    }

    static EnhancedDocument user(UserAccount u) {
        EnhancedDocument.Builder item = SavTable.newDocument()
                .putString(Keys.PK, Keys.userPk(u.code()))
                .putString(Keys.SK, Keys.PROFILE_SK)
                .putString(Keys.TYPE, USER)
                .putString("code", u.code())
                .putString("name", u.name())
                .putString("language", u.language().tag())
                .putString("role", u.role().name())
                .putBoolean("enabled", u.enabled())
                .putString("passwordHash", u.passwordHash())
                .putNumber("failedLogins", u.failedLogins())
                .putList("departments", u.departments(), STRING)
                .putString(Keys.COMPANY_KEY, u.companyId() == null
                        ? Keys.STAFF_COMPANY_KEY : Keys.companyKey(u.companyId()))
                .putString(Keys.COMPANY_SORT, "USER#" + u.code());
        putIfPresent(item, "email", u.email());
        putIfPresent(item, "companyId", u.companyId());
        if (u.lockedUntil() != null) {
            item.putString("lockedUntil", Keys.stamp(u.lockedUntil()));
        }
        return item.build();
    }

    static UserAccount user(EnhancedDocument item) {
        String locked = item.getString("lockedUntil");
        List<String> departments = item.isPresent("departments")
                ? item.getList("departments", STRING) : List.of();
        return new UserAccount(
                item.getString("code"),
                item.getString("name"),
                item.getString("email"),
                Language.fromTag(item.getString("language")),
                Role.valueOf(item.getString("role")),
                item.getString("companyId"),
                Boolean.TRUE.equals(item.getBoolean("enabled")),
                item.getString("passwordHash"),
                item.isPresent("failedLogins") ? item.getNumber("failedLogins").intValue() : 0,
                locked == null ? null : instant(locked),
                departments);
    }

    static EnhancedDocument company(Company c) {
        return SavTable.newDocument()
                .putString(Keys.PK, Keys.COMPANIES_PK)
                .putString(Keys.SK, Keys.companySk(c.id()))
                .putString(Keys.TYPE, COMPANY)
                .putString("id", c.id())
                .putString("name", c.name())
                .putList("contactEmails", c.contactEmails(), STRING)
                .putString("language", c.language().tag())
                .build();
    }

    static Company company(EnhancedDocument item) {
        return new Company(
                item.getString("id"),
                item.getString("name"),
                item.isPresent("contactEmails")
                        ? item.getList("contactEmails", STRING) : List.of(),
                Language.fromTag(item.getString("language")));
    }

    static EnhancedDocument outbox(OutboxEvent e, Instant at) {
        EnhancedDocument.Builder item = SavTable.newDocument()
                .putString(Keys.PK, Keys.dossierPk(e.number()))
                .putString(Keys.SK, Keys.timeline(Keys.OUTBOX_PREFIX, at))
                .putString(Keys.TYPE, OUTBOX)
                .putString("at", Keys.stamp(at))
                .putString("kind", e.kind().name())
                .putString("number", e.number())
                .putString("actor", e.actor())
                .putString("actorName", e.actorName())
                .putString("status", OutboxEntry.PENDING)
                .putNumber("attempts", 0);
        if (e.from() != null) {
            item.putString("from", e.from().name());
        }
        if (e.to() != null) {
            item.putString("to", e.to().name());
        }
        putIfPresent(item, "publicComment", e.publicComment());
        return item.build();
    }

    static OutboxEntry outbox(EnhancedDocument item) {
        String from = item.getString("from");
        String to = item.getString("to");
        OutboxEvent event = new OutboxEvent(
                NotificationKind.valueOf(item.getString("kind")),
                item.getString("number"),
                item.getString("actor"),
                item.getString("actorName"),
                from == null ? null : DossierState.valueOf(from),
                to == null ? null : DossierState.valueOf(to),
                item.getString("publicComment"));
        return new OutboxEntry(
                item.getString(Keys.SK),
                instant(item.getString("at")),
                event,
                item.getString("status"),
                item.isPresent("attempts") ? item.getNumber("attempts").intValue() : 0,
                item.getString("lastError"));
    }

    static void putIfPresent(EnhancedDocument.Builder item, String name, String value) {
        if (value != null) {
            item.putString(name, value);
        }
    }

    static Instant instant(String stamp) {
        return stamp == null ? null : Instant.parse(stamp);
    }
}
