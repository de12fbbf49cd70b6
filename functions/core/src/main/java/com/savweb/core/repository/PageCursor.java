package com.savweb.core.repository;

import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's last evaluated key into an opaque, URL-safe cursor and back.
 *
 * <p>Every key attribute of this table is a string. A cursor is only accepted for the partition
 * it came from, so a crafted cursor can never move a query to another company or state.
 */
final class PageCursor {

    private static final char FIELD = '\u0001';
    private static final char VALUE = '\u0002';

    private PageCursor() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, AttributeValue> entry : lastKey.entrySet()) {
            if (!text.isEmpty()) {
                text.append(FIELD);
            }
            text.append(entry.getKey()).append(VALUE).append(entry.getValue().s());
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor; {@code null} or blank means the first page.
     *
     * @throws SavException {@code INVALID_CURSOR} if it is malformed or belongs to another
     *     partition than {@code partitionAttribute = partitionValue}
     */
    static Map<String, AttributeValue> decode(String cursor, String partitionAttribute,
            String partitionValue) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor),
                    StandardCharsets.UTF_8);
            for (String field : text.split(String.valueOf(FIELD))) {
                int separator = field.indexOf(VALUE);
                if (separator <= 0) {
                    throw new SavException(ErrorCode.INVALID_CURSOR);
                }
                key.put(field.substring(0, separator),
                        AttributeValue.fromS(field.substring(separator + 1)));
            }
        } catch (IllegalArgumentException e) {
            throw new SavException(ErrorCode.INVALID_CURSOR);
        }
        AttributeValue partition = key.get(partitionAttribute);
        if (partition == null || !partitionValue.equals(partition.s())
                || !key.containsKey(Keys.PK) || !key.containsKey(Keys.SK)) {
            throw new SavException(ErrorCode.INVALID_CURSOR);
        }
        return key;
    }
}
