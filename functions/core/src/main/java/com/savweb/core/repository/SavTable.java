package com.savweb.core.repository;

import com.savweb.core.config.SavSettings;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The single SAV Web table, as seen through the Enhanced Client with a document schema.
 *
 * <p>Dossiers, their history, compléments and outbox entries, users, companies and sessions all
 * live in one table so that a dossier and its timeline come back in one Query and every change
 * is one transaction. The schema is declared, not reflected, and built once per container.
 *
 * <p>Indexes: {@link #COMPANY_INDEX} (a company's dossiers and users), {@link #REQUESTER_INDEX}
 * (the dossiers opened for one customer user), {@link #STATE_INDEX} (staff queues, by age) and
 * {@link #URGENCY_INDEX} (staff queues, most urgent first). Their names and keys must match
 * {@code template.yaml}; the local stack creates the table from that file.
 */
@Singleton
public class SavTable {

    /** A company's dossiers (by view and date) and users. */
    public static final String COMPANY_INDEX = "company-index";
    /** The dossiers opened for one customer user, by view and date. */
    public static final String REQUESTER_INDEX = "requester-index";
    /** The dossiers in one state, oldest first. */
    public static final String STATE_INDEX = "state-index";
    /** The dossiers in one state, most urgent first. */
    public static final String URGENCY_INDEX = "state-urgency-index";

    private static final TableSchema<EnhancedDocument> SCHEMA = TableSchema.documentSchemaBuilder()
            .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
            .addIndexPartitionKey(TableMetadata.primaryIndexName(), Keys.PK, AttributeValueType.S)
            .addIndexSortKey(TableMetadata.primaryIndexName(), Keys.SK, AttributeValueType.S)
            .addIndexPartitionKey(COMPANY_INDEX, Keys.COMPANY_KEY, AttributeValueType.S)
            .addIndexSortKey(COMPANY_INDEX, Keys.COMPANY_SORT, AttributeValueType.S)
            .addIndexPartitionKey(REQUESTER_INDEX, Keys.REQUESTER_KEY, AttributeValueType.S)
            .addIndexSortKey(REQUESTER_INDEX, Keys.REQUESTER_SORT, AttributeValueType.S)
            .addIndexPartitionKey(STATE_INDEX, Keys.STATE_KEY, AttributeValueType.S)
            .addIndexSortKey(STATE_INDEX, Keys.STATE_SORT, AttributeValueType.S)
            .addIndexPartitionKey(URGENCY_INDEX, Keys.STATE_KEY, AttributeValueType.S)
            .addIndexSortKey(URGENCY_INDEX, Keys.URGENCY_SORT, AttributeValueType.S)
            .build();

    private final DynamoDbClient client;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<EnhancedDocument> table;
    private final String name;

    /** Binds the schema to the configured table name. */
    public SavTable(SavSettings settings, DynamoDbClient client) {
        this.client = client;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.name = settings.tableName();
        this.table = enhanced.table(name, SCHEMA);
    }

    /** The table through the Enhanced Client. */
    public DynamoDbTable<EnhancedDocument> table() {
        return table;
    }

    /** One of the table's secondary indexes. */
    public DynamoDbIndex<EnhancedDocument> index(String indexName) {
        return table.index(indexName);
    }

    /** The Enhanced Client, for transactions. */
    public DynamoDbEnhancedClient enhanced() {
        return enhanced;
    }

    /** The low-level client, for atomic counters the Enhanced Client cannot express. */
    public DynamoDbClient client() {
        return client;
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** A new, empty document using the default attribute converters. */
    static EnhancedDocument.Builder newDocument() {
        return EnhancedDocument.builder()
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider());
    }
}
