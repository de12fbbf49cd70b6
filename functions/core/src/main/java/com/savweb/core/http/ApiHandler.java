package com.savweb.core.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.savweb.core.auth.SessionService;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.i18n.Messages;
import com.savweb.core.logging.JsonLog;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Language;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The base of every API function: turns an API Gateway HTTP API event into an
 * {@link ApiRequest}, lets the function answer, and turns the answer or the error into the
 * response, logging one line per request.
 *
 * <p>Domain errors ({@link SavException}) become their status ({@link ErrorStatus}) with a
 * sentence in the caller's language; an AWS failure (throttling, timeout) is logged and answered
 * 503 with {@code Retry-After}; anything else is logged once with its stack trace and answered
 * with a generic 500 that reveals nothing. Every response is JSON, never cached, and
 * carries the usual hardening headers.
 *
 * <p>Micronaut builds the application context once per container when the handler is
 * constructed and injects the fields below; the request path does no set-up work.
 */
public abstract class ApiHandler
        extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    static {
        JsonLog.init();
    }

    /** Writes and reads JSON without reflection (Micronaut Serialization). */
    @Inject
    protected ObjectMapper json;

    /** Checks session cookies. */
    @Inject
    protected SessionService sessions;

    /** Answers one request; throw {@link SavException} for anything the caller got wrong. */
    protected abstract ApiResponse handle(ApiRequest request);

    @Override
    public final APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        long started = System.nanoTime();
        ApiRequest request = new ApiRequest(event, json);
        ApiResponse response;
        try {
            response = handle(request);
        } catch (SavException e) {
            response = error(e, request.language());
        } catch (SdkException e) {
            // DynamoDB throttled or unreachable: nothing was written (each change is one
            // transaction), so the caller may simply try again.
            JsonLog.error("aws.unavailable", fields(request), e);
            response = error(new SavException(ErrorCode.SERVICE_UNAVAILABLE), request.language())
                    .header("Retry-After", "2");
        } catch (RuntimeException e) {
            JsonLog.error("unhandled", fields(request), e);
            response = error(new SavException(ErrorCode.INTERNAL), request.language());
        }
        Map<String, Object> line = fields(request);
        line.put("status", response.status());
        line.put("durationMs", (System.nanoTime() - started) / 1_000_000);
        JsonLog.info("request", line);
        return toEvent(response);
    }

    /**
     * Authenticates the caller from the session cookie and, for state-changing methods, checks
     * the CSRF header.
     *
     * @throws SavException {@code UNAUTHENTICATED} or {@code CSRF_REJECTED}
     */
    protected Caller authenticate(ApiRequest request) {
        Caller caller = sessions.authenticate(request.cookie(SessionService.COOKIE));
        request.caller(caller);
        if (!SAFE_METHODS.contains(request.method())
                && !SessionService.csrfMatches(caller, request.header("x-csrf-token"))) {
            throw new SavException(ErrorCode.CSRF_REJECTED);
        }
        return caller;
    }

    /** Like {@link #authenticate}, and refuses customers with {@code FORBIDDEN}. */
    protected Caller authenticateStaff(ApiRequest request) {
        Caller caller = authenticate(request);
        if (!caller.isStaff()) {
            throw new SavException(ErrorCode.FORBIDDEN);
        }
        return caller;
    }

    /** The error response for a domain error, in {@code language}. */
    protected ApiResponse error(SavException e, Language language) {
        Object[] arguments = e.arguments();
        for (int i = 0; i < arguments.length; i++) {
            // Field names become the form's own labels: "Sujet", not "subject".
            if (arguments[i] instanceof String field && Messages.has("field." + field)) {
                arguments[i] = Messages.get(language, "field." + field);
            }
        }
        String message = Messages.get(language, e.messageKey(), arguments);
        return ApiResponse.of(ErrorStatus.of(e.code()),
                new ErrorBody(e.code().wireName(), message, e.details()));
    }

    private APIGatewayV2HTTPResponse toEvent(ApiResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        String body = response.text();
        if (response.body() != null) {
            headers.put("Content-Type", "application/json; charset=utf-8");
            body = write(response.body());
        }
        headers.putAll(response.headers());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(headers)
                .withCookies(response.cookies().isEmpty() ? null : List.copyOf(response.cookies()))
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("response body cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> fields(ApiRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", request.requestId());
        fields.put("route", request.route());
        Caller caller = request.caller();
        if (caller != null) {
            fields.put("caller", caller.code());
        }
        return fields;
    }
}
