package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.savweb.local.DemoAccounts;
import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalEnvironment;
import com.savweb.local.SamTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the end-to-end tests share: every function of template.yaml hosted against a freshly
 * reset emulator, the demo accounts, and small readers of JSON answers.
 */
abstract class PortalTest {

    static final String PASSWORD = "demo1234";
    static LocalEnvironment env;

    @BeforeAll
    static void startEnvironment() {
        env = LocalEnvironment.create();
    }

    @AfterAll
    static void stopEnvironment() {
        env.close();
    }

    @BeforeEach
    void freshData() {
        env.provision(true);
        DemoAccounts.seed(env.table(), PASSWORD, 4);
    }

    /** A browser signed in as {@code code}. */
    static LocalApiClient signedIn(String code) {
        LocalApiClient client = env.client();
        client.login(code, PASSWORD);
        return client;
    }

    /** Creates a dossier and returns its number. */
    static String create(LocalApiClient client, String subject) {
        LocalApiClient.Response response = client.post("/api/dossiers",
                dossierJson("materiel", "urgent", subject, "Description de " + subject));
        assertEquals(201, response.status(), response.body());
        return (String) json(response).get("number");
    }

    static String dossierJson(String department, String urgency, String subject,
            String description) {
        return "{\"department\":" + LocalApiClient.quote(department)
                + ",\"urgency\":" + LocalApiClient.quote(urgency)
                + ",\"subject\":" + LocalApiClient.quote(subject)
                + ",\"description\":" + LocalApiClient.quote(description) + "}";
    }

    static LocalApiClient.Response changeState(LocalApiClient client, String number,
            String state, String comment, String visibility) {
        return client.post("/api/dossiers/" + number + "/state", "{\"state\":\"" + state + "\""
                + (comment == null ? "" : ",\"comment\":" + LocalApiClient.quote(comment))
                + (visibility == null ? "" : ",\"visibility\":\"" + visibility + "\"") + "}");
    }

    static LocalApiClient.Response addComplement(LocalApiClient client, String number,
            String text, String visibility) {
        return client.post("/api/dossiers/" + number + "/complements", "{\"text\":"
                + LocalApiClient.quote(text)
                + (visibility == null ? "" : ",\"visibility\":\"" + visibility + "\"") + "}");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(LocalApiClient.Response response) {
        return (Map<String, Object>) SamTemplate.parseFragment(response.body());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(LocalApiClient.Response response) {
        return (List<Map<String, Object>>) json(response).get("items");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dossierOf(LocalApiClient.Response response) {
        return (Map<String, Object>) json(response).get("dossier");
    }

    static List<String> numbers(LocalApiClient.Response response) {
        return items(response).stream().map(row -> (String) row.get("number")).toList();
    }
}
