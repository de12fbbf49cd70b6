package com.savweb.core.http;

import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request's fields and fails with all of them at once.
 *
 * <p>The message is the first problem found, in the caller's language; {@code details} lists
 * every field at fault so that a form can mark them all.
 */
public final class Validation {

    private final List<String> fields = new ArrayList<>();
    private String firstKey;
    private Object[] firstArguments;

    /** Requires a non-blank value of at most {@code maxLength} characters. */
    public Validation text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return fail(field, "error.field.required", field);
        }
        if (value.length() > maxLength) {
            return fail(field, "error.field.too_long", field, maxLength);
        }
        return this;
    }

    /** Accepts a missing value, or one of at most {@code maxLength} characters. */
    public Validation optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            return fail(field, "error.field.too_long", field, maxLength);
        }
        return this;
    }

    /** Records a problem with a field, with its own message. */
    public Validation fail(String field, String messageKey, Object... arguments) {
        if (!fields.contains(field)) {
            fields.add(field);
        }
        if (firstKey == null) {
            firstKey = messageKey;
            firstArguments = arguments;
        }
        return this;
    }

    /** Whether a problem was recorded for {@code field}. */
    public boolean failed(String field) {
        return fields.contains(field);
    }

    /**
     * Throws if anything was wrong.
     *
     * @throws SavException {@code VALIDATION_FAILED} naming every field at fault
     */
    public void check() {
        if (!fields.isEmpty()) {
            throw new SavException(ErrorCode.VALIDATION_FAILED, firstKey, fields,
                    firstArguments);
        }
    }
}
