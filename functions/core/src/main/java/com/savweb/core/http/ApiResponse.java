package com.savweb.core.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler answers: a status (always explicit), an optional body to write as JSON (or a
 * text body with its own content type), extra headers and cookies. Turned into an API Gateway
 * response by {@link ApiHandler}.
 */
public final class ApiResponse {

    private final int status;
    private final Object body;
    private String text;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();

    private ApiResponse(int status, Object body) {
        this.status = status;
        this.body = body;
    }

    /** 200 with a JSON body. */
    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    /** 201 with a JSON body and the address of what was created. */
    public static ApiResponse created(String location, Object body) {
        return new ApiResponse(201, body).header("Location", location);
    }

    /** 204 without a body. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }

    /** Any status with a JSON body (or none). */
    public static ApiResponse of(int status, Object body) {
        return new ApiResponse(status, body);
    }

    /** 200 with a text body of the given content type (e.g. a CSV export), not JSON. */
    public static ApiResponse text(String contentType, String text) {
        ApiResponse response = new ApiResponse(200, null).header("Content-Type", contentType);
        response.text = text;
        return response;
    }

    /** Adds a header. */
    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds a {@code Set-Cookie} value. */
    public ApiResponse cookie(String setCookie) {
        cookies.add(setCookie);
        return this;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The object to write as JSON, or {@code null}. */
    public Object body() {
        return body;
    }

    /** The text body of a non-JSON response, or {@code null}. */
    public String text() {
        return text;
    }

    /** Extra headers. */
    public Map<String, String> headers() {
        return headers;
    }

    /** {@code Set-Cookie} values. */
    public List<String> cookies() {
        return cookies;
    }
}
