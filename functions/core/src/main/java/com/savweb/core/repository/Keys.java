package com.savweb.core.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How items are keyed in the single table (see {@code docs/data-model.md}).
 *
 * <p>Timestamps in keys have a fixed width (milliseconds, UTC) so that they sort as text.
 */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String TYPE = "type";
    static final String TTL = "ttl";

    static final String COMPANY_KEY = "companyKey";
    static final String COMPANY_SORT = "companySort";
    static final String REQUESTER_KEY = "requesterKey";
    static final String REQUESTER_SORT = "requesterSort";
    static final String STATE_KEY = "stateKey";
    static final String STATE_SORT = "stateSort";
    static final String URGENCY_SORT = "urgencySort";

    static final String DOSSIER_SK = "DOSSIER";
    static final String HISTORY_PREFIX = "HISTORY#";
    static final String COMPLEMENT_PREFIX = "COMPLEMENT#";
    static final String OUTBOX_PREFIX = "OUTBOX#";
    static final String PROFILE_SK = "PROFILE";
    static final String COMPANIES_PK = "COMPANY";
    static final String STAFF_COMPANY_KEY = "STAFF";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    static String dossierPk(String number) {
        return "DOSSIER#" + number;
    }

    static String userPk(String code) {
        return "USER#" + code;
    }

    static String companySk(String companyId) {
        return "COMPANY#" + companyId;
    }

    static String companyKey(String companyId) {
        return "COMPANY#" + companyId;
    }

    static String stateKey(String state) {
        return "STATE#" + state;
    }

    static String sessionPk(String tokenHash) {
        return "SESSION#" + tokenHash;
    }

    static String idempotencyPk(String callerCode, String key) {
        return "IDEMPOTENCY#" + callerCode + "#" + key;
    }

    static String auditPk(Instant at) {
        return "AUDIT#" + stamp(at).substring(0, 7);
    }

    /** A fixed-width, sortable UTC timestamp. */
    static String stamp(Instant at) {
        return STAMP.format(at);
    }

    /** A timestamped sort key with a random suffix, so that writers never collide. */
    static String timeline(String prefix, Instant at) {
        return prefix + stamp(at) + "#" + randomSuffix();
    }

    static String randomSuffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36),
                36);
    }
}
