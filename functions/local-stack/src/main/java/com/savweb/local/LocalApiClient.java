package com.savweb.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.savweb.core.logging.JsonLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A browser-like client of the API that calls the functions in-process, through the template's
 * routes and genuine API Gateway events: it keeps the session cookie it is given and sends the
 * CSRF token back on state-changing requests, as the site does.
 *
 * <p>Used by the tests and by the demo data. Not thread-safe: use one per simulated user.
 */
public final class LocalApiClient {

    /** A response: status, headers, cookies set, and the body text. */
    public record Response(int status, Map<String, String> headers, List<String> cookies,
            String body) {
    }

    private final HttpRouter router;
    private final FunctionHost host;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;
    private String language = "fr";

    /** A client of the functions {@code host} runs, routed as {@code template.yaml} says. */
    public LocalApiClient(SamTemplate template, FunctionHost host) {
        this.router = new HttpRouter(template);
        this.host = host;
    }

    /** Sends {@code Accept-Language: tag} from now on ({@code fr} by default). */
    public LocalApiClient language(String tag) {
        this.language = tag;
        return this;
    }

    /** Uses this CSRF token from now on (the site reads it from the sign-in answer). */
    public LocalApiClient csrfToken(String token) {
        this.csrfToken = token;
        return this;
    }

    /** Forgets the session cookie, as a browser does when it is closed. */
    public void forgetCookies() {
        cookies.clear();
    }

    /**
     * Signs in and keeps the session cookie and the CSRF token, as the site does.
     *
     * @throws IllegalStateException if the sign-in is refused
     */
    public Response login(String code, String password) {
        Response response = post("/api/auth/login",
                "{\"code\":" + quote(code) + ",\"password\":" + quote(password) + "}");
        if (response.status() != 200) {
            throw new IllegalStateException("sign-in of " + code + " refused: " + response.body());
        }
        csrfToken = String.valueOf(SamTemplate.map(SamTemplate.parseFragment(response.body()))
                .get("csrfToken"));
        return response;
    }

    /** A JSON string literal of {@code text}. */
    public static String quote(String text) {
        return JsonLog.quote(text);
    }

    /** A GET request. */
    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, Map.of());
    }

    /** A POST with a JSON body. */
    public Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    /** A request with extra headers (the caller's win over the defaults). */
    public Response send(String method, String pathAndQuery, String body,
            Map<String, String> extraHeaders) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? null : pathAndQuery.substring(question + 1);
        Optional<HttpRouter.Match> match = router.match(method, path);
        if (match.isEmpty()) {
            return new Response(404, Map.of(), List.of(), "{\"message\":\"Not Found\"}");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("host", List.of("localhost:3000"));
        headers.put("accept-language", List.of(language));
        headers.put("user-agent", List.of("LocalApiClient"));
        if (body != null) {
            headers.put("content-type", List.of("application/json"));
        }
        if (csrfToken != null) {
            headers.put("x-csrf-token", List.of(csrfToken));
        }
        if (!cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ")
                    .append(name).append('=').append(value));
            headers.put("cookie", List.of(cookie.toString()));
        }
        extraHeaders.forEach((name, value) -> headers.put(name.toLowerCase(), List.of(value)));
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.request(match.get(), method, path, query,
                headers, body, "127.0.0.1");
        APIGatewayV2HTTPResponse response =
                (APIGatewayV2HTTPResponse) host.invoke(match.get().functionId(), event);
        List<String> setCookies = response.getCookies() == null
                ? List.of() : response.getCookies();
        for (String setCookie : setCookies) {
            remember(setCookie);
        }
        return new Response(response.getStatusCode(),
                response.getHeaders() == null ? Map.of() : response.getHeaders(),
                setCookies, response.getBody());
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).trim();
        String value = pair.substring(equals + 1).trim();
        boolean expired = setCookie.contains("Max-Age=0");
        if (expired || value.isEmpty()) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
