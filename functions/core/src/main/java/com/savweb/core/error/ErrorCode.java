package com.savweb.core.error;

import java.util.Locale;

/**
 * Every way a request can fail, as the API names it in {@code {"error": code}}.
 *
 * <p>The HTTP status of each is decided in one place, {@code com.savweb.core.http.ErrorStatus}.
 */
public enum ErrorCode {
    INVALID_JSON,
    VALIDATION_FAILED,
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    INVALID_CURSOR,
    BAD_CREDENTIALS,
    UNAUTHENTICATED,
    CSRF_REJECTED,
    FORBIDDEN,
    NOT_FOUND,
    ROUTE_NOT_FOUND,
    INVALID_TRANSITION,
    DOSSIER_CLOSED,
    CONCURRENT_CHANGE,
    CONFLICT,
    SERVICE_UNAVAILABLE,
    INTERNAL;

    /** The code as written in JSON, e.g. {@code invalid_transition}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
