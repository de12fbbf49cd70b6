package com.savweb.core.repository;

import com.savweb.core.config.Catalogue;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.model.Complement;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.DossierState;
import com.savweb.core.model.DossierView;
import com.savweb.core.model.HistoryEntry;
import com.savweb.core.notification.OutboxEntry;
import com.savweb.core.notification.OutboxEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Reads and writes dossiers with their history, compléments and outbox entries.
 *
 * <p>Every change is one transaction: the dossier item is replaced only if its version is still
 * the one that was read (otherwise {@code CONCURRENT_CHANGE}), and its history entry,
 * complément and outbox entries are written with it or not at all. Reads by number are
 * GetItem or one Query; lists are one Query on an index. Nothing here scans.
 *
 * <p>Numbers come from an atomic counter item: unique and increasing, with gaps when a create
 * fails after taking its number.
 */
@Singleton
public class DossierRepository {

    /** The first dossier number is {@code FIRST_NUMBER + 1}: five digits, easy to read aloud. */
    static final long FIRST_NUMBER = 10_000;

    private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    private final SavTable savTable;
    private final DynamoDbTable<EnhancedDocument> table;
    private final Catalogue catalogue;

    /** Uses the container's table; urgency ranks for the queue index come from the catalogue. */
    public DossierRepository(SavTable savTable, Catalogue catalogue) {
        this.savTable = savTable;
        this.table = savTable.table();
        this.catalogue = catalogue;
    }

    /** Takes the next dossier number from the counter (one atomic UpdateItem). */
    public String nextNumber() {
        UpdateItemResponse response = savTable.client().updateItem(update -> update
                .tableName(savTable.name())
                .key(Map.of(Keys.PK, AttributeValue.fromS("COUNTER"),
                        Keys.SK, AttributeValue.fromS("DOSSIER_NUMBER")))
                .updateExpression("ADD #value :one")
                .expressionAttributeNames(Map.of("#value", "value"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW));
        long value = Long.parseLong(response.attributes().get("value").n());
        return Long.toString(FIRST_NUMBER + value);
    }

    /**
     * Writes a new dossier, its first history entry and its outbox entries in one transaction,
     * together with the idempotency record when one is given.
     *
     * @return {@code false} if the idempotency record already exists (a retried request): then
     *     nothing was written
     */
    public boolean create(Dossier dossier, HistoryEntry created,
            List<OutboxEvent> notifications, IdempotencyRecord idempotency) {
        TransactWriteItemsEnhancedRequest.Builder transaction =
                TransactWriteItemsEnhancedRequest.builder()
                        .addPutItem(table, conditionalPut(
                                Items.dossier(dossier, catalogue.urgencyRank(dossier.urgency())),
                                Expression.builder()
                                        .expression("attribute_not_exists(pk)").build()))
                        .addPutItem(table, Items.history(dossier.number(), created));
        addOutbox(transaction, notifications, dossier.createdAt());
        for (String token : SearchTokens.of(dossier.subject())) {
            transaction.addPutItem(table, SavTable.newDocument()
                    .putString(Keys.PK, SearchTokens.partition(token))
                    .putString(Keys.SK, Keys.stamp(dossier.createdAt()) + "#" + dossier.number())
                    .putString(Keys.TYPE, "SEARCH")
                    .putString("number", dossier.number())
                    .build());
        }
        if (idempotency != null) {
            transaction.addPutItem(table, conditionalPut(idempotency.toItem(),
                    Expression.builder().expression("attribute_not_exists(pk)").build()));
        }
        try {
            savTable.enhanced().transactWriteItems(transaction.build());
            return true;
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (idempotency != null && reasons.size() > 0
                    && CONDITIONAL_CHECK_FAILED.equals(reasons.get(reasons.size() - 1).code())) {
                return false;
            }
            throw e;
        }
    }

    /** The dossier with this number, read consistently, if it exists. */
    public Optional<Dossier> find(String number) {
        EnhancedDocument item = table.getItem(get -> get
                .key(key(Keys.dossierPk(number), Keys.DOSSIER_SK))
                .consistentRead(true));
        return Optional.ofNullable(item).map(Items::dossier);
    }

    /** The dossier and its whole timeline in one (consistent) Query, if it exists. */
    public Optional<DossierTimeline> findTimeline(String number) {
        Dossier dossier = null;
        List<HistoryEntry> history = new ArrayList<>();
        List<Complement> complements = new ArrayList<>();
        List<OutboxEntry> notifications = new ArrayList<>();
        QueryEnhancedRequest request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(Keys.dossierPk(number)).build()))
                .consistentRead(true)
                .build();
        for (EnhancedDocument item : table.query(request).items()) {
            switch (item.getString(Keys.TYPE)) {
                case Items.DOSSIER -> dossier = Items.dossier(item);
                case Items.HISTORY -> history.add(Items.history(item));
                case Items.COMPLEMENT -> complements.add(Items.complement(item));
                case Items.OUTBOX -> notifications.add(Items.outbox(item));
                default -> {
                    // Items of later kinds are ignored by older code.
                }
            }
        }
        if (dossier == null) {
            return Optional.empty();
        }
        return Optional.of(new DossierTimeline(dossier, history, complements, notifications));
    }

    /**
     * Replaces the dossier by {@code after} if it still is at {@code before}'s version, and
     * writes the history entry, complément and outbox entries that go with the change.
     *
     * @param history may be {@code null} when the state does not change
     * @param complement may be {@code null} for a bare state change
     * @throws SavException {@code CONCURRENT_CHANGE} if another change came first
     */
    public void update(Dossier before, Dossier after, HistoryEntry history,
            Complement complement, List<OutboxEvent> notifications) {
        TransactWriteItemsEnhancedRequest.Builder transaction =
                TransactWriteItemsEnhancedRequest.builder()
                        .addPutItem(table, conditionalPut(
                                Items.dossier(after, catalogue.urgencyRank(after.urgency())),
                                Expression.builder()
                                        .expression("attribute_exists(pk) AND version = :v")
                                        .putExpressionValue(":v",
                                                AttributeValue.fromN(
                                                        Long.toString(before.version())))
                                        .build()));
        if (history != null) {
            transaction.addPutItem(table, Items.history(after.number(), history));
        }
        if (complement != null) {
            transaction.addPutItem(table, Items.complement(after.number(), complement));
        }
        addOutbox(transaction, notifications, after.updatedAt());
        try {
            savTable.enhanced().transactWriteItems(transaction.build());
        } catch (TransactionCanceledException e) {
            throw new SavException(ErrorCode.CONCURRENT_CHANGE);
        }
    }

    /**
     * The newest dossiers (at most {@code limit}) whose subject has every word of
     * {@code tokens}: one Query on the rarest-looking (longest) word, one BatchGetItem for the
     * dossiers, then the other words are checked on the subjects.
     */
    public List<Dossier> search(List<String> tokens, int limit) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        String longest = tokens.stream().max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        List<String> numbers = table.query(query -> query
                        .queryConditional(QueryConditional.keyEqualTo(Key.builder()
                                .partitionValue(SearchTokens.partition(longest)).build()))
                        .scanIndexForward(false)
                        .limit(limit))
                .iterator().next().items().stream()
                .map(item -> item.getString("number"))
                .toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        ReadBatch.Builder<EnhancedDocument> batch = ReadBatch.builder(EnhancedDocument.class)
                .mappedTableResource(table);
        numbers.forEach(number -> batch.addGetItem(key(Keys.dossierPk(number), Keys.DOSSIER_SK)));
        Map<String, Dossier> found = new java.util.HashMap<>();
        savTable.enhanced().batchGetItem(request -> request.addReadBatch(batch.build()))
                .resultsForTable(table)
                .forEach(item -> found.put(item.getString("number"), Items.dossier(item)));
        return numbers.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .filter(d -> SearchTokens.of(d.subject()).containsAll(tokens))
                .toList();
    }

    /**
     * How many dossiers are in a state, counted on the state index; with {@code since}, only
     * those that entered the queue since then (for the closed queue: closed since then).
     */
    public int count(DossierState state, Instant since) {
        Map<String, String> names = Map.of("#key", Keys.STATE_KEY, "#sort", Keys.STATE_SORT);
        Map<String, AttributeValue> values = new java.util.HashMap<>();
        values.put(":key", AttributeValue.fromS(Keys.stateKey(state.name())));
        String condition = "#key = :key";
        if (since != null) {
            condition += " AND #sort >= :since";
            values.put(":since", AttributeValue.fromS(Keys.stamp(since)));
        }
        String keyCondition = condition;
        int total = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var response = savTable.client().query(query -> query
                    .tableName(savTable.name())
                    .indexName(SavTable.STATE_INDEX)
                    .keyConditionExpression(keyCondition)
                    .expressionAttributeNames(since == null
                            ? Map.of("#key", Keys.STATE_KEY) : names)
                    .expressionAttributeValues(values)
                    .select(Select.COUNT)
                    .exclusiveStartKey(from));
            total += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return total;
    }

    /** One page of a company's dossiers in a view, newest first (company index). */
    public Page<Dossier> listByCompany(String companyId, DossierView view, String cursor,
            int limit) {
        String partition = Keys.companyKey(companyId);
        return queryIndex(SavTable.COMPANY_INDEX, Keys.COMPANY_KEY, partition,
                "DOSSIER#" + view.param() + "#", null, false, cursor, limit);
    }

    /** One page of the dossiers opened for one customer user in a view, newest first. */
    public Page<Dossier> listByRequester(String userCode, DossierView view, String cursor,
            int limit) {
        String partition = Keys.userPk(userCode);
        return queryIndex(SavTable.REQUESTER_INDEX, Keys.REQUESTER_KEY, partition,
                view.param() + "#", null, false, cursor, limit);
    }

    /**
     * One page of a state's queue for staff, oldest first or most urgent first (state index
     * or state-urgency index), optionally filtered by department, company and urgency.
     */
    public Page<Dossier> listByState(DossierState state, QueueFilter filter, boolean byUrgency,
            boolean newestFirst, String cursor, int limit) {
        String index = byUrgency ? SavTable.URGENCY_INDEX : SavTable.STATE_INDEX;
        return queryIndex(index, Keys.STATE_KEY, Keys.stateKey(state.name()), null,
                filter.toExpression(), !newestFirst, cursor, limit);
    }

    private Page<Dossier> queryIndex(String indexName, String partitionAttribute,
            String partition, String sortPrefix, Expression filter, boolean ascending,
            String cursor, int limit) {
        QueryConditional condition = sortPrefix == null
                ? QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build())
                : QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(partition).sortValue(sortPrefix).build());
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(condition)
                .scanIndexForward(ascending)
                // One item more than asked tells whether another page exists, so that a full
                // last page carries no cursor to an empty one.
                .limit(limit + 1)
                .exclusiveStartKey(PageCursor.decode(cursor, partitionAttribute, partition));
        if (filter != null) {
            request.filterExpression(filter);
        }
        software.amazon.awssdk.enhanced.dynamodb.model.Page<EnhancedDocument> page =
                savTable.index(indexName).query(request.build()).iterator().next();
        List<EnhancedDocument> items = page.items();
        if (items.size() > limit) {
            EnhancedDocument last = items.get(limit - 1);
            Map<String, AttributeValue> lastKey = new java.util.LinkedHashMap<>();
            for (String attribute : List.of(Keys.PK, Keys.SK, partitionAttribute,
                    sortAttributeOf(indexName))) {
                lastKey.put(attribute, AttributeValue.fromS(last.getString(attribute)));
            }
            return new Page<>(items.subList(0, limit).stream().map(Items::dossier).toList(),
                    PageCursor.encode(lastKey));
        }
        return new Page<>(items.stream().map(Items::dossier).toList(),
                PageCursor.encode(page.lastEvaluatedKey()));
    }

    private static String sortAttributeOf(String indexName) {
        return switch (indexName) {
            case SavTable.COMPANY_INDEX -> Keys.COMPANY_SORT;
            case SavTable.REQUESTER_INDEX -> Keys.REQUESTER_SORT;
            case SavTable.STATE_INDEX -> Keys.STATE_SORT;
            case SavTable.URGENCY_INDEX -> Keys.URGENCY_SORT;
            default -> throw new IllegalArgumentException("unknown index " + indexName);
        };
    }

    private void addOutbox(TransactWriteItemsEnhancedRequest.Builder transaction,
            List<OutboxEvent> notifications, Instant at) {
        for (OutboxEvent notification : notifications) {
            transaction.addPutItem(table, Items.outbox(notification, at));
        }
    }

    private static TransactPutItemEnhancedRequest<EnhancedDocument> conditionalPut(
            EnhancedDocument item, Expression condition) {
        return TransactPutItemEnhancedRequest.builder(EnhancedDocument.class)
                .item(item)
                .conditionExpression(condition)
                .build();
    }

    static Key key(String pk, String sk) {
        return Key.builder().partitionValue(pk).sortValue(sk).build();
    }
}
