package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a readable 4xx in the caller's language, never a 500 or a partial write. */
class BadInputTest extends PortalTest {

    @Test
    void create_shouldListEveryFieldAtFault_andWriteNothing() {
        LocalApiClient marie = signedIn("acme.marie");

        Response response = marie.post("/api/dossiers", "{\"department\":\"cuisine\","
                + "\"urgency\":\"\",\"subject\":\"" + "x".repeat(121) + "\"}");

        assertEquals(400, response.status());
        assertEquals("validation_failed", json(response).get("error"));
        assertEquals(List.of("department", "urgency", "subject", "description"),
                json(response).get("details"));
        assertEquals("Le problème « cuisine » n'existe pas.", json(response).get("message"));
        assertTrue(items(marie.get("/api/dossiers")).isEmpty());
        assertEquals("10001", create(marie, "Premier numéro toujours libre"));
    }

    @Test
    void errors_shouldBeInEnglish_whenThePageAsksForEnglish() {
        LocalApiClient luc = signedIn("globex.luc").language("en");

        Response response = luc.post("/api/dossiers", "{\"department\":\"materiel\","
                + "\"urgency\":\"urgent\",\"subject\":\"\",\"description\":\"d\"}");

        assertEquals("The field \"Subject\" is required.", json(response).get("message"));
    }

    @Test
    void everyRoute_shouldAnswer4xxWithAMessage_toMalformedRequests() {
        LocalApiClient marie = signedIn("acme.marie");
        String number = create(marie, "Cible");
        Map<String, Integer> expectations = new java.util.LinkedHashMap<>();
        expectations.put("POST /api/dossiers {", 400);
        expectations.put("POST /api/dossiers []", 400);
        expectations.put("POST /api/dossiers null", 400);
        expectations.put("POST /api/dossiers/" + number + "/complements {\"text\":{}}", 400);
        expectations.put("POST /api/dossiers/" + number + "/complements {\"text\":\" \"}", 400);
        expectations.put("POST /api/dossiers/" + number + "/state {\"state\":\"X\"}", 400);
        expectations.put("POST /api/dossiers/" + number + "/state {}", 400);
        expectations.put("POST /api/dossiers/" + number + "/state {\"state\":\"R\","
                + "\"visibility\":\"secret\"}", 400);
        expectations.put("POST /api/dossiers/abc/state {\"state\":\"R\"}", 404);
        expectations.put("POST /api/dossiers/99999/complements {\"text\":\"t\"}", 404);
        for (Map.Entry<String, Integer> expectation : expectations.entrySet()) {
            String[] parts = expectation.getKey().split(" ", 3);
            Response response = marie.post(parts[1], parts[2]);
            assertEquals(expectation.getValue(), response.status(), expectation.getKey()
                    + " → " + response.body());
            assertTrue(json(response).get("message") instanceof String, response.body());
        }
    }

    @Test
    void queries_shouldRefuseUnknownViewsStatesSortsAndLimits() {
        LocalApiClient marie = signedIn("acme.marie");
        LocalApiClient sophie = signedIn("staff.sophie");

        assertEquals(400, marie.get("/api/dossiers?view=tout").status());
        assertEquals(400, marie.get("/api/dossiers?scope=world").status());
        assertEquals(400, marie.get("/api/dossiers?limit=0").status());
        assertEquals(400, marie.get("/api/dossiers?limit=abc").status());
        assertEquals(400, sophie.get("/api/dossiers?state=Z").status());
        assertEquals(400, sophie.get("/api/dossiers?sort=random").status());
        assertEquals(404, marie.get("/api/dossiers/1234567890123").status());
    }

    @Test
    void bodies_shouldBeJsonAndOfReasonableSize() {
        LocalApiClient marie = signedIn("acme.marie");

        Response form = marie.send("POST", "/api/dossiers", "subject=x",
                Map.of("content-type", "application/x-www-form-urlencoded"));
        Response huge = marie.post("/api/dossiers", "{\"subject\":\"" + "x".repeat(70_000)
                + "\"}");
        Response longText = marie.post("/api/dossiers", dossierJson("materiel", "urgent", "S",
                "d".repeat(8001)));

        assertEquals(415, form.status());
        assertEquals(413, huge.status());
        assertEquals(400, longText.status());
        assertEquals(List.of("description"), json(longText).get("details"));
    }

    @Test
    void idempotencyKey_shouldBeRefused_whenMalformed() {
        Response response = signedIn("acme.marie").send("POST", "/api/dossiers",
                dossierJson("materiel", "urgent", "S", "D"),
                Map.of("Idempotency-Key", "spaces are not allowed"));

        assertEquals(400, response.status());
        assertEquals(List.of("Idempotency-Key"), json(response).get("details"));
    }
}
