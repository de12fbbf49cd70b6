package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import org.junit.jupiter.api.Test;

/** When DynamoDB fails, callers get a 503 they may retry, never a bare 500. */
class UnavailableStoreTest extends PortalTest {

    @Test
    void anyRoute_shouldAnswer503WithRetryAfter_whenDynamoDbFails() {
        // GIVEN a signed-in customer, then the table becomes unreachable
        LocalApiClient marie = signedIn("acme.marie");
        env.dynamo().deleteTable(delete -> delete.tableName(env.settings().tableName()));

        // WHEN she lists her dossiers
        Response response = marie.get("/api/dossiers");

        // THEN the answer says to try again, in her language
        assertEquals(503, response.status(), response.body());
        assertEquals("service_unavailable", json(response).get("error"));
        assertEquals("2", response.headers().get("Retry-After"));
        assertEquals("Le service est momentanément surchargé. Réessayez dans quelques secondes.",
                json(response).get("message"));
    }
}
