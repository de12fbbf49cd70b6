package com.savweb.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.savweb.core.logging.JsonLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What a Lambda event source mapping does for the functions that {@code template.yaml}
 * subscribes to the table's stream: reads new records, keeps those that pass the function's
 * filter patterns, and invokes the function with a DynamoDB stream event. Records the function
 * reports as failed (partial batch response) are delivered again on the next poll, up to
 * {@link #MAX_DELIVERIES} times, as with {@code MaximumRetryAttempts}.
 *
 * <p>{@link #drain()} polls until the stream is quiet, so tests need no timing; the local stack
 * calls {@link #pollOnce()} on a timer instead. Reads from the start of each shard the first
 * time it sees it.
 */
public final class StreamPoller {

    /** How many times a failing record is delivered before it is dropped. */
    public static final int MAX_DELIVERIES = 6;

    private final SamTemplate template;
    private final FunctionHost host;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final String tableName;
    private final Map<String, String> iterators = new HashMap<>();
    private final Map<String, List<DynamodbEvent.DynamodbStreamRecord>> retries = new HashMap<>();
    private final Map<String, Integer> deliveries = new HashMap<>();
    private String streamArn;

    /** Polls the stream of {@code tableName} for the template's stream subscribers. */
    public StreamPoller(SamTemplate template, FunctionHost host, DynamoDbClient dynamo,
            DynamoDbStreamsClient streams, String tableName) {
        this.template = template;
        this.host = host;
        this.dynamo = dynamo;
        this.streams = streams;
        this.tableName = tableName;
    }

    /** Polls until no function has records left to process; returns how many were delivered. */
    public synchronized int drain() {
        int total = 0;
        for (int round = 0; round < 50; round++) {
            int delivered = pollOnce();
            total += delivered;
            if (delivered == 0 && retries.values().stream().allMatch(List::isEmpty)) {
                return total;
            }
        }
        return total;
    }

    /** Reads each shard once and delivers what it found; returns how many records went out. */
    public synchronized int pollOnce() {
        List<Record> fresh = readNewRecords();
        int delivered = 0;
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.StreamSubscription subscription : function.streams()) {
                StreamFilter filter = new StreamFilter(subscription.filterPatterns());
                List<DynamodbEvent.DynamodbStreamRecord> batch = new ArrayList<>(
                        retries.getOrDefault(function.logicalId(), List.of()));
                for (Record record : fresh) {
                    if (filter.accepts(StreamImages.forFilter(record.eventNameAsString(),
                            record.dynamodb().keys(), record.dynamodb().newImage()))) {
                        batch.add(toLambdaRecord(record));
                    }
                }
                retries.put(function.logicalId(), new ArrayList<>());
                for (int from = 0; from < batch.size(); from += subscription.batchSize()) {
                    List<DynamodbEvent.DynamodbStreamRecord> part = batch.subList(from,
                            Math.min(batch.size(), from + subscription.batchSize()));
                    deliver(function.logicalId(), part);
                    delivered += part.size();
                }
            }
        }
        return delivered;
    }

    private void deliver(String functionId, List<DynamodbEvent.DynamodbStreamRecord> part) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(new ArrayList<>(part));
        Object result;
        try {
            result = host.invoke(functionId, event);
        } catch (RuntimeException e) {
            // A function error fails the whole batch: Lambda retries all of it.
            JsonLog.error("stream.invoke.failed", Map.of("function", functionId), e);
            part.forEach(record -> retryLater(functionId, record));
            return;
        }
        if (result instanceof StreamsEventResponse response
                && response.getBatchItemFailures() != null) {
            Map<String, DynamodbEvent.DynamodbStreamRecord> bySequence = new LinkedHashMap<>();
            part.forEach(record -> bySequence.put(
                    record.getDynamodb().getSequenceNumber(), record));
            for (StreamsEventResponse.BatchItemFailure failure
                    : response.getBatchItemFailures()) {
                DynamodbEvent.DynamodbStreamRecord record =
                        bySequence.get(failure.getItemIdentifier());
                if (record != null) {
                    retryLater(functionId, record);
                }
            }
        }
    }

    private void retryLater(String functionId, DynamodbEvent.DynamodbStreamRecord record) {
        String key = functionId + "/" + record.getDynamodb().getSequenceNumber();
        int count = deliveries.merge(key, 1, Integer::sum);
        if (count < MAX_DELIVERIES) {
            retries.computeIfAbsent(functionId, id -> new ArrayList<>()).add(record);
        }
    }

    private List<Record> readNewRecords() {
        if (streamArn == null) {
            streamArn = dynamo.describeTable(d -> d.tableName(tableName))
                    .table().latestStreamArn();
            if (streamArn == null) {
                return List.of();
            }
        }
        List<Record> records = new ArrayList<>();
        List<Shard> shards = streams.describeStream(d -> d.streamArn(streamArn))
                .streamDescription().shards();
        for (Shard shard : shards) {
            String iterator = iterators.get(shard.shardId());
            if (iterator == null) {
                iterator = streams.getShardIterator(g -> g.streamArn(streamArn)
                        .shardId(shard.shardId())
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            }
            String current = iterator;
            GetRecordsResponse response = streams.getRecords(g -> g.shardIterator(current));
            records.addAll(response.records());
            if (response.nextShardIterator() != null) {
                iterators.put(shard.shardId(), response.nextShardIterator());
            }
        }
        return records;
    }

    private DynamodbEvent.DynamodbStreamRecord toLambdaRecord(Record record) {
        StreamRecord data = new StreamRecord();
        data.setKeys(StreamImages.toLambda(record.dynamodb().keys()));
        data.setNewImage(StreamImages.toLambda(record.dynamodb().newImage()));
        data.setOldImage(StreamImages.toLambda(record.dynamodb().oldImage()));
        data.setSequenceNumber(record.dynamodb().sequenceNumber());
        data.setSizeBytes(record.dynamodb().sizeBytes());
        if (record.dynamodb().streamViewTypeAsString() != null) {
            data.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb
                    .StreamViewType.fromValue(record.dynamodb().streamViewTypeAsString()));
        }
        if (record.dynamodb().approximateCreationDateTime() != null) {
            data.setApproximateCreationDateTime(
                    java.util.Date.from(record.dynamodb().approximateCreationDateTime()));
        }
        DynamodbEvent.DynamodbStreamRecord lambdaRecord = new DynamodbEvent.DynamodbStreamRecord();
        lambdaRecord.setEventID(record.eventID());
        lambdaRecord.setEventName(record.eventNameAsString());
        lambdaRecord.setEventVersion(record.eventVersion());
        lambdaRecord.setEventSource("aws:dynamodb");
        lambdaRecord.setAwsRegion(record.awsRegion());
        lambdaRecord.setEventSourceARN(streamArn);
        lambdaRecord.setDynamodb(data);
        return lambdaRecord;
    }
}
