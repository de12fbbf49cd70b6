package com.savweb.core.repository;

import jakarta.inject.Singleton;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Looks up which dossier an idempotency key already created (see {@link IdempotencyRecord}). */
@Singleton
public class IdempotencyRepository {

    private final SavTable savTable;

    /** Uses the container's table. */
    public IdempotencyRepository(SavTable savTable) {
        this.savTable = savTable;
    }

    /** The number of the dossier this caller's key created, if the key is known. */
    public Optional<String> findNumber(String callerCode, String key) {
        EnhancedDocument item = savTable.table().getItem(get -> get
                .key(DossierRepository.key(Keys.idempotencyPk(callerCode, key), "IDEMPOTENCY"))
                .consistentRead(true));
        return Optional.ofNullable(item).map(found -> found.getString("number"));
    }
}
