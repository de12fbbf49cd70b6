package com.savweb.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Language;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An API Gateway HTTP API (payload 2.0) request, read the way the functions need it.
 *
 * <p>Header names are matched case-insensitively; cookies come from the event's cookie list.
 * Bodies over {@link #MAX_BODY_BYTES} are refused before parsing.
 */
public final class ApiRequest {

    /** The largest body accepted: 64 KiB, far more than any form of the portal sends. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final APIGatewayV2HTTPEvent event;
    private final ObjectMapper json;
    private Caller caller;

    ApiRequest(APIGatewayV2HTTPEvent event, ObjectMapper json) {
        this.event = event;
        this.json = json;
    }

    /** The route that matched, e.g. {@code POST /api/dossiers/{number}/state}. */
    public String route() {
        return event.getRouteKey() == null ? "" : event.getRouteKey();
    }

    /** The HTTP method. */
    public String method() {
        var context = event.getRequestContext();
        return context == null || context.getHttp() == null ? "" : context.getHttp().getMethod();
    }

    /** API Gateway's id of this request, for the logs. */
    public String requestId() {
        var context = event.getRequestContext();
        return context == null ? null : context.getRequestId();
    }

    /** A path parameter of the route, or {@code null}. */
    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        return parameters == null ? null : parameters.get(name);
    }

    /** A query string parameter, or {@code null}. */
    public String queryParameter(String name) {
        Map<String, String> parameters = event.getQueryStringParameters();
        return parameters == null ? null : parameters.get(name);
    }

    /** A header, whatever the case of its name, or {@code null}. */
    public String header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return null;
        }
        String value = headers.get(name.toLowerCase(Locale.ROOT));
        if (value != null) {
            return value;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** A cookie sent by the browser, or {@code null}. */
    public String cookie(String name) {
        List<String> cookies = event.getCookies();
        if (cookies == null) {
            return null;
        }
        String prefix = name + "=";
        for (String cookie : cookies) {
            String trimmed = cookie.trim();
            if (trimmed.startsWith(prefix)) {
                return trimmed.substring(prefix.length());
            }
        }
        return null;
    }

    /** The language to answer in: the page's {@code Accept-Language}, else the caller's. */
    public Language language() {
        Language asked = Language.parseOrNull(header("accept-language"));
        if (asked != null) {
            return asked;
        }
        return caller == null ? Language.FR : caller.language();
    }

    /** Whether the browser reached us over plain HTTP on this machine (the local stack). */
    public boolean isLocalPlainHttp() {
        String host = String.valueOf(header("host"));
        return "http".equalsIgnoreCase(header("x-forwarded-proto"))
                && (host.startsWith("localhost") || host.startsWith("127.0.0.1"));
    }

    /** The raw body text, decoded if API Gateway base64-encoded it; empty if none. */
    public String body() {
        String body = event.getBody();
        if (body == null) {
            return "";
        }
        if (event.getIsBase64Encoded()) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new SavException(ErrorCode.INVALID_JSON);
            }
        }
        if (body.length() > MAX_BODY_BYTES
                || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new SavException(ErrorCode.PAYLOAD_TOO_LARGE);
        }
        return body;
    }

    /**
     * The JSON body read as {@code type}.
     *
     * @throws SavException {@code UNSUPPORTED_MEDIA_TYPE}, {@code PAYLOAD_TOO_LARGE} or
     *     {@code INVALID_JSON}
     */
    public <T> T bodyAs(Class<T> type) {
        String contentType = header("content-type");
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new SavException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        String body = body();
        if (body.isBlank()) {
            throw new SavException(ErrorCode.INVALID_JSON);
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new SavException(ErrorCode.INVALID_JSON);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SavException known) {
                throw known;
            }
            throw new SavException(ErrorCode.INVALID_JSON);
        }
    }

    /** The authenticated caller, once {@link ApiHandler#authenticate} has run. */
    public Caller caller() {
        return caller;
    }

    void caller(Caller authenticated) {
        this.caller = authenticated;
    }
}
