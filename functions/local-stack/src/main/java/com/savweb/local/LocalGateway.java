package com.savweb.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.savweb.core.logging.JsonLog;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What CloudFront and API Gateway do in production, on one local port: {@code /api/...} goes to
 * the function that {@code template.yaml} routes it to, as a genuine HTTP API event, and every
 * other path is served from {@code static-site/}.
 *
 * <p>Every response carries the security headers of the template's CloudFront response headers
 * policy, so the browser tests run under the production Content-Security-Policy. Bound to
 * loopback only. Not a production server: no TLS, no compression, no caching.
 */
public final class LocalGateway implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final HttpRouter router;
    private final FunctionHost host;
    private final Path siteRoot;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Supplier<String>> pages = new ConcurrentHashMap<>();
    private final Map<String, String> securityHeaders;

    /** Binds to {@code 127.0.0.1:port} (0 picks a free port); call {@link #start()} next. */
    public LocalGateway(SamTemplate template, FunctionHost host, Path siteRoot, int port)
            throws IOException {
        this.router = new HttpRouter(template);
        this.securityHeaders = template.siteHeaders();
        this.host = host;
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
    }

    /** Serves an HTML page of the local stack itself (e.g. the sent-mail page) at a path. */
    public void page(String path, Supplier<String> html) {
        pages.put(path, html);
    }

    /** Starts serving. */
    public void start() {
        server.start();
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The routes served, as API Gateway route keys. */
    public List<String> routeKeys() {
        return router.routeKeys();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            securityHeaders.forEach((name, value) -> exchange.getResponseHeaders().set(name,
                    value));
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/api") || path.startsWith("/api/")) {
                serveApi(exchange, path);
            } else if (pages.containsKey(path)) {
                // The local stack's own pages show mail in frames: the site's policy would block
                // them, and they are never deployed.
                exchange.getResponseHeaders().remove("Content-Security-Policy");
                send(exchange, 200, "text/html; charset=utf-8", pages.get(path).get());
            } else {
                serveStatic(exchange, path);
            }
        } catch (RuntimeException e) {
            JsonLog.error("gateway.failure", Map.of("path",
                    exchange.getRequestURI().getPath()), e);
            send(exchange, 502, "application/json",
                    "{\"error\":\"bad_gateway\",\"message\":\"The function failed.\"}");
        }
    }

    private void serveApi(HttpExchange exchange, String rawPath) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Optional<HttpRouter.Match> match = router.match(method, path);
        if (match.isEmpty()) {
            // API Gateway answers unknown routes itself, without calling a function.
            send(exchange, 404, "application/json", "{\"message\":\"Not Found\"}");
            return;
        }
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.request(match.get(), method, path,
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        APIGatewayV2HTTPResponse response =
                (APIGatewayV2HTTPResponse) host.invoke(match.get().functionId(), event);
        if (response.getHeaders() != null) {
            // CloudFront's policy overrides what the function set; here the function's own
            // value replaces the gateway's default, never doubles it.
            response.getHeaders().forEach((name, value) ->
                    exchange.getResponseHeaders().set(name, value));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie ->
                    exchange.getResponseHeaders().add("Set-Cookie", cookie));
        }
        byte[] bytes = response.getBody() == null
                ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(),
                bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private void serveStatic(HttpExchange exchange, String rawPath) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")
                && !exchange.getRequestMethod().equals("HEAD")) {
            send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed");
            return;
        }
        Path file = siteRoot.resolve("." + exchange.getRequestURI().getPath()).normalize();
        if (!file.startsWith(siteRoot)) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found");
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found");
            return;
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().add("Content-Type",
                CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        byte[] bytes = Files.readAllBytes(file);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
