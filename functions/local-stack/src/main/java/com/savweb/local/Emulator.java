package com.savweb.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The moto-specific corners of the local AWS emulator: resetting its state between tests and
 * reading back the mail SES "sent". Everything else goes through the real SDK clients.
 *
 * <p>Against LocalStack or real AWS these calls are not available; {@link #isMoto()} tells.
 */
public final class Emulator {

    /** One message as the emulator recorded it (HTML body when there was one). */
    public record SentMail(String source, List<String> to, String subject, String body) {
    }

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The emulator at {@code endpoint}, e.g. {@code http://127.0.0.1:5055}. */
    public Emulator(String endpoint) {
        this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    }

    /** The emulator named by {@code AWS_ENDPOINT_URL}. */
    public static Emulator fromEnvironment() {
        String endpoint = System.getenv("AWS_ENDPOINT_URL");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("AWS_ENDPOINT_URL is not set: start the emulator "
                    + "with `make emulator` or run the tests with `make test`");
        }
        return new Emulator(endpoint);
    }

    /** The endpoint URL. */
    public String endpoint() {
        return endpoint.toString();
    }

    /** Whether the emulator answers moto's own API. */
    public boolean isMoto() {
        try {
            return get("moto-api/data.json").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets every table, item and message. */
    public void reset() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    endpoint.resolve("moto-api/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("emulator reset answered "
                        + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("emulator not reachable at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Every message sent through SES since the last reset, oldest first. */
    public List<SentMail> sentMail() {
        String json;
        try {
            json = get("moto-api/data.json").body();
        } catch (IOException e) {
            throw new IllegalStateException("emulator not reachable at " + endpoint, e);
        }
        Map<String, Object> ses = SamTemplate.map(SamTemplate.map(
                SamTemplate.parseFragment(json)).get("ses"));
        List<SentMail> mail = new ArrayList<>();
        for (Object message : SamTemplate.list(ses.get("Message"))) {
            Map<String, Object> fields = SamTemplate.map(message);
            Map<String, Object> destinations = SamTemplate.map(fields.get("destinations"));
            List<String> to = new ArrayList<>();
            SamTemplate.list(destinations.get("ToAddresses")).forEach(a -> to.add(a.toString()));
            mail.add(new SentMail(String.valueOf(fields.get("source")), to,
                    String.valueOf(fields.get("subject")), String.valueOf(fields.get("body"))));
        }
        return mail;
    }

    private HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
