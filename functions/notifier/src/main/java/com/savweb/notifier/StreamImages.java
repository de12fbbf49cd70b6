package com.savweb.notifier;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts a stream image from the Lambda event model to the SDK's attribute values, so that
 * the repositories can read it like any item.
 */
final class StreamImages {

    private StreamImages() {
    }

    static Map<String, AttributeValue> toSdk(Map<String,
            com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        if (image == null) {
            return null;
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        image.forEach((name, value) -> result.put(name, toSdk(value)));
        return result;
    }

    private static AttributeValue toSdk(
            com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
        if (value.getS() != null) {
            return AttributeValue.fromS(value.getS());
        }
        if (value.getN() != null) {
            return AttributeValue.fromN(value.getN());
        }
        if (value.getBOOL() != null) {
            return AttributeValue.fromBool(value.getBOOL());
        }
        if (value.getSS() != null) {
            return AttributeValue.fromSs(value.getSS());
        }
        if (value.getNS() != null) {
            return AttributeValue.fromNs(value.getNS());
        }
        if (value.getL() != null) {
            return AttributeValue.fromL(value.getL().stream().map(StreamImages::toSdk).toList());
        }
        if (value.getM() != null) {
            return AttributeValue.fromM(toSdk(value.getM()));
        }
        if (value.getB() != null) {
            return AttributeValue.fromB(SdkBytes.fromByteBuffer(value.getB()));
        }
        return AttributeValue.fromNul(true);
    }
}
