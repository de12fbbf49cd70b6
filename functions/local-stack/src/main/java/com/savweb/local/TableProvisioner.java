package com.savweb.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * Creates the table that {@code template.yaml} declares (keys, indexes, stream, TTL) in the
 * emulator, so that the local stack and the tests never keep a second copy of its definition.
 *
 * <p>Only the properties DynamoDB itself needs are read; deletion protection and point-in-time
 * recovery are deployment concerns and are left to CloudFormation.
 */
public final class TableProvisioner {

    private final SamTemplate template;
    private final DynamoDbClient client;

    /** Provisions {@code template}'s table through {@code client}. */
    public TableProvisioner(SamTemplate template, DynamoDbClient client) {
        this.template = template;
        this.client = client;
    }

    /**
     * Creates the table under {@code tableName} and waits until it is active; an existing table
     * of that name is left as it is.
     *
     * @return {@code true} if the table was created now
     */
    public boolean createTable(String tableName) {
        Map<String, Object> properties = template.tableProperties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributeDefinitions(properties))
                .keySchema(keySchema(properties.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object index : SamTemplate.list(properties.get("GlobalSecondaryIndexes"))) {
            Map<String, Object> definition = SamTemplate.map(index);
            Map<String, Object> projection = SamTemplate.map(definition.get("Projection"));
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(String.valueOf(definition.get("IndexName")))
                    .keySchema(keySchema(definition.get("KeySchema")))
                    .projection(Projection.builder()
                            .projectionType(String.valueOf(projection.get("ProjectionType")))
                            .build())
                    .build());
        }
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        Map<String, Object> stream = SamTemplate.map(properties.get("StreamSpecification"));
        if (stream.containsKey("StreamViewType")) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(String.valueOf(stream.get("StreamViewType")))
                    .build());
        }
        try {
            client.createTable(request.build());
        } catch (ResourceInUseException e) {
            return false;
        }
        client.waiter().waitUntilTableExists(wait -> wait.tableName(tableName));
        enableTimeToLive(tableName, SamTemplate.map(properties.get("TimeToLiveSpecification")));
        return true;
    }

    private void enableTimeToLive(String tableName, Map<String, Object> ttl) {
        if (Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            client.updateTimeToLive(update -> update
                    .tableName(tableName)
                    .timeToLiveSpecification(spec -> spec
                            .attributeName(String.valueOf(ttl.get("AttributeName")))
                            .enabled(true)));
        }
    }

    private static List<AttributeDefinition> attributeDefinitions(Map<String, Object> properties) {
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (Object attribute : SamTemplate.list(properties.get("AttributeDefinitions"))) {
            Map<String, Object> definition = SamTemplate.map(attribute);
            definitions.add(AttributeDefinition.builder()
                    .attributeName(String.valueOf(definition.get("AttributeName")))
                    .attributeType(String.valueOf(definition.get("AttributeType")))
                    .build());
        }
        return definitions;
    }

    private static List<KeySchemaElement> keySchema(Object schema) {
        List<KeySchemaElement> elements = new ArrayList<>();
        for (Object element : SamTemplate.list(schema)) {
            Map<String, Object> key = SamTemplate.map(element);
            elements.add(KeySchemaElement.builder()
                    .attributeName(String.valueOf(key.get("AttributeName")))
                    .keyType(String.valueOf(key.get("KeyType")))
                    .build());
        }
        return elements;
    }
}
