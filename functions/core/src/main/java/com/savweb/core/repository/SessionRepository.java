package com.savweb.core.repository;

import com.savweb.core.model.Language;
import com.savweb.core.model.Role;
import com.savweb.core.model.Session;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Stores sessions by the hash of their token; DynamoDB TTL deletes them some time after they
 * expire, and readers check the expiry themselves because TTL deletion is not immediate.
 */
@Singleton
public class SessionRepository {

    private static final String SK = "SESSION";

    private final SavTable savTable;

    /** Uses the container's table. */
    public SessionRepository(SavTable savTable) {
        this.savTable = savTable;
    }

    /** Stores a new session. */
    public void save(Session session) {
        EnhancedDocument.Builder item = SavTable.newDocument()
                .putString(Keys.PK, Keys.sessionPk(session.tokenHash()))
                .putString(Keys.SK, SK)
                .putString(Keys.TYPE, "SESSION")
                .putString("code", session.code())
                .putString("name", session.name())
                .putString("role", session.role().name())
                .putString("language", session.language().tag())
                .putString("csrfToken", session.csrfToken())
                .putString("createdAt", Keys.stamp(session.createdAt()))
                .putString("expiresAt", Keys.stamp(session.expiresAt()))
                .putNumber(Keys.TTL, session.expiresAt().getEpochSecond())
                // Indexed by user, so that disabling an account can end its sessions.
                .putString(Keys.COMPANY_KEY, sessionsOf(session.code()))
                .putString(Keys.COMPANY_SORT, session.tokenHash());
        Items.putIfPresent(item, "companyId", session.companyId());
        Items.putIfPresent(item, "companyName", session.companyName());
        savTable.table().putItem(item.build());
    }

    /** The session with this token hash, expired or not. */
    public Optional<Session> find(String tokenHash) {
        EnhancedDocument item = savTable.table().getItem(get -> get
                .key(DossierRepository.key(Keys.sessionPk(tokenHash), SK))
                .consistentRead(true));
        return Optional.ofNullable(item).map(found -> new Session(
                tokenHash,
                found.getString("code"),
                found.getString("name"),
                Role.valueOf(found.getString("role")),
                found.getString("companyId"),
                found.getString("companyName"),
                Language.fromTag(found.getString("language")),
                found.getString("csrfToken"),
                Items.instant(found.getString("createdAt")),
                Items.instant(found.getString("expiresAt"))));
    }

    /** Ends every session of one user (company index, partition {@code SESSIONS#code}). */
    public int deleteAllOf(String code) {
        List<String> hashes = savTable.index(SavTable.COMPANY_INDEX)
                .query(query -> query.queryConditional(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(sessionsOf(code)).build())))
                .stream()
                .flatMap(page -> page.items().stream())
                .map(item -> item.getString(Keys.COMPANY_SORT))
                .toList();
        hashes.forEach(this::delete);
        return hashes.size();
    }

    private static String sessionsOf(String code) {
        return "SESSIONS#" + code;
    }

    /** Ends a session; deleting one that is already gone is not an error. */
    public void delete(String tokenHash) {
        savTable.table().deleteItem(DossierRepository.key(Keys.sessionPk(tokenHash), SK));
    }
}
