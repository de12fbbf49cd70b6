package com.savweb.core.http;

import com.savweb.core.error.ErrorCode;

/** The one place where domain errors become HTTP statuses. */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    /** The HTTP status of an error code. */
    public static int of(ErrorCode code) {
        return switch (code) {
            case INVALID_JSON, VALIDATION_FAILED, INVALID_CURSOR -> 400;
            case BAD_CREDENTIALS, UNAUTHENTICATED -> 401;
            case CSRF_REJECTED, FORBIDDEN -> 403;
            case NOT_FOUND, ROUTE_NOT_FOUND -> 404;
            case INVALID_TRANSITION, DOSSIER_CLOSED, CONCURRENT_CHANGE, CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case INTERNAL -> 500;
            case SERVICE_UNAVAILABLE -> 503;
        };
    }
}
