package com.savweb.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds API Gateway HTTP API events (payload format 2.0) the way API Gateway does: lower-case
 * header names with repeated values joined by commas, cookies moved out of the headers into
 * their own list, repeated query parameters joined by commas, and a request context with the
 * method, path, source address, request id and time.
 */
public final class ApiGatewayEvents {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private ApiGatewayEvents() {
    }

    /**
     * An event for one request.
     *
     * @param headers header names to values, any case, repeated values in order
     * @param rawQuery the query string without {@code ?}, or {@code null}
     * @param body the body text, or {@code null}
     */
    public static APIGatewayV2HTTPEvent request(HttpRouter.Match route, String method,
            String path, String rawQuery, Map<String, List<String>> headers, String body,
            String sourceIp) {
        Map<String, String> flatHeaders = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                for (String value : header.getValue()) {
                    for (String cookie : value.split(";")) {
                        if (!cookie.isBlank()) {
                            cookies.add(cookie.trim());
                        }
                    }
                }
            } else {
                flatHeaders.merge(name, String.join(",", header.getValue()),
                        (a, b) -> a + "," + b);
            }
        }
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String requestId = UUID.randomUUID().toString();
        flatHeaders.putIfAbsent("x-forwarded-proto", "http");
        flatHeaders.putIfAbsent("x-forwarded-for", sourceIp);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(path)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(flatHeaders)
                .withQueryStringParameters(queryParameters(rawQuery))
                .withPathParameters(route.pathParameters().isEmpty()
                        ? null : route.pathParameters())
                .withBody(body == null || body.isEmpty() ? null : body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(flatHeaders.getOrDefault("host", "localhost"))
                        .withDomainPrefix("localhost")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp(sourceIp)
                                .withUserAgent(flatHeaders.getOrDefault("user-agent", ""))
                                .build())
                        .withRequestId(requestId)
                        .withRouteKey(route.routeKey())
                        .withStage("$default")
                        .withTime(TIME.format(now))
                        .withTimeEpoch(now.toInstant().toEpochMilli())
                        .build())
                .build();
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
