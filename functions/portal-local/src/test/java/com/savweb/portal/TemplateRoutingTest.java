package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.FunctionHost;
import com.savweb.local.HttpRouter;
import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import com.savweb.local.LocalGateway;
import com.savweb.local.SamTemplate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * template.yaml is what the local stack runs: every route reaches the handler it names, that
 * handler serves the route, and a wrong handler name fails at once.
 */
class TemplateRoutingTest extends PortalTest {

    @Test
    void everyRoute_shouldReachAHandlerThatServesIt() {
        // GIVEN every HTTP route declared in template.yaml
        SamTemplate template = env.template();
        env.host().verifyHandlers();
        int routes = 0;

        // WHEN each is called without a session
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.HttpRoute route : function.routes()) {
                String path = route.path().replace("{number}", "10001")
                        .replace("{id}", "acme").replace("{code}", "acme.marie");
                Response response = env.client().send(route.method(), path,
                        route.method().equals("GET") ? null : "{}", java.util.Map.of());

                // THEN its function answers it: sign-in needed, the public catalogue, or
                // signing out, which is done already
                String body = String.valueOf(response.body());
                assertNotEquals(500, response.status(), route.routeKey());
                assertTrue(!body.contains("route_not_found"), route.routeKey());
                assertTrue(List.of(200, 204, 401).contains(response.status()),
                        route.routeKey() + " → " + response.status() + " " + body);
                routes++;
            }
        }
        assertEquals(22, routes);
    }

    @Test
    void router_shouldPreferLiteralRoutesAndExtractParameters() {
        HttpRouter router = new HttpRouter(env.template());

        HttpRouter.Match list = router.match("GET", "/api/dossiers").orElseThrow();
        HttpRouter.Match detail = router.match("GET", "/api/dossiers/10042").orElseThrow();
        HttpRouter.Match state = router.match("POST", "/api/dossiers/10042/state").orElseThrow();

        assertEquals("ListDossiersFunction", list.functionId());
        assertEquals("DossierDetailFunction", detail.functionId());
        assertEquals("10042", detail.pathParameters().get("number"));
        assertEquals("POST /api/dossiers/{number}/state", state.routeKey());
        assertTrue(router.match("DELETE", "/api/dossiers/10042").isEmpty());
        assertTrue(router.match("GET", "/api/nowhere").isEmpty());
    }

    @Test
    void host_shouldFailAtOnce_whenTheTemplateNamesAMissingHandler() throws Exception {
        // GIVEN a template whose auth function names a class that does not exist
        Path broken = Files.createTempFile("template", ".yaml");
        Files.writeString(broken, Files.readString(SamTemplate.location())
                .replace("com.savweb.auth.AuthHandler::", "com.savweb.auth.Missing::"));

        // WHEN the local stack checks its handlers
        FunctionHost host = new FunctionHost(SamTemplate.load(broken));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                host::verifyHandlers);

        // THEN it names the function and the class
        assertTrue(error.getMessage().contains("AuthFunction"), error.getMessage());
        assertTrue(error.getMessage().contains("com.savweb.auth.Missing"), error.getMessage());
        Files.delete(broken);
    }

    @Test
    void gateway_shouldServeTheSiteAndTheApiOnOneOrigin_overRealHttp() throws Exception {
        // GIVEN the gateway on a free port
        Path site = Files.createTempDirectory("site");
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>SAV</title>");
        try (LocalGateway gateway = new LocalGateway(env.template(), env.host(), site, 0)) {
            gateway.start();
            String base = "http://localhost:" + gateway.port();
            HttpClient http = HttpClient.newHttpClient();

            // WHEN a browser loads the page, signs in and asks who it is
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"code\":\"acme.marie\",\"password\":\"" + PASSWORD + "\"}",
                            StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().firstValue("set-cookie").orElseThrow()
                    .split(";")[0];
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/auth/me")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/unknown")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> escape = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/../pom.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());

            // THEN the site, the session and API Gateway's own 404 all behave as deployed
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>SAV</title>"));
            assertTrue(page.headers().firstValue("content-security-policy").orElseThrow()
                    .contains("script-src 'self'"));
            assertEquals("DENY", page.headers().firstValue("x-frame-options").orElseThrow());
            assertEquals(200, login.statusCode(), login.body());
            assertEquals(200, me.statusCode());
            assertTrue(me.body().contains("\"code\":\"acme.marie\""));
            assertEquals(404, unknown.statusCode());
            assertEquals(404, escape.statusCode());
        }
        for (Path file : List.of(site.resolve("index.html"), site)) {
            Files.delete(file);
        }
    }

    @Test
    void apiClient_shouldGet404FromTheGateway_forRoutesNotInTheTemplate() {
        LocalApiClient client = env.client();

        assertEquals(404, client.get("/api/admin/secrets").status());
    }
}
