package com.savweb.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts stream images from the SDK's attribute values to the Lambda event model's, as the
 * Lambda service does when it serialises a stream batch for a function.
 */
final class StreamImages {

    private StreamImages() {
    }

    static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>
            toLambda(Map<String, AttributeValue> image) {
        if (image == null || image.isEmpty()) {
            return null;
        }
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>
                result = new LinkedHashMap<>();
        image.forEach((name, value) -> result.put(name, toLambda(value)));
        return result;
    }

    static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(
            AttributeValue value) {
        var result = new com.amazonaws.services.lambda.runtime.events.models.dynamodb
                .AttributeValue();
        if (value.s() != null) {
            result.setS(value.s());
        } else if (value.n() != null) {
            result.setN(value.n());
        } else if (value.bool() != null) {
            result.setBOOL(value.bool());
        } else if (Boolean.TRUE.equals(value.nul())) {
            result.setNULL(true);
        } else if (value.hasSs()) {
            result.setSS(value.ss());
        } else if (value.hasNs()) {
            result.setNS(value.ns());
        } else if (value.hasL()) {
            result.setL(value.l().stream().map(StreamImages::toLambda).toList());
        } else if (value.hasM()) {
            result.setM(toLambda(value.m()));
        }
        return result;
    }

    /** The record as filter patterns see it: {@code eventName} and {@code dynamodb} images. */
    static Map<String, Object> forFilter(String eventName, Map<String, AttributeValue> keys,
            Map<String, AttributeValue> newImage) {
        Map<String, Object> dynamodb = new LinkedHashMap<>();
        dynamodb.put("Keys", plain(keys));
        dynamodb.put("NewImage", plain(newImage));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventName", eventName);
        record.put("dynamodb", dynamodb);
        return record;
    }

    private static Map<String, Object> plain(Map<String, AttributeValue> image) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (image != null) {
            image.forEach((name, value) -> {
                if (value.s() != null) {
                    result.put(name, Map.of("S", value.s()));
                } else if (value.n() != null) {
                    result.put(name, Map.of("N", value.n()));
                } else if (value.bool() != null) {
                    result.put(name, Map.of("BOOL", value.bool()));
                } else {
                    result.put(name, Map.of("L", List.of()));
                }
            });
        }
        return result;
    }
}
