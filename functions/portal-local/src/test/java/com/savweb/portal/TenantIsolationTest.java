package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer never sees or touches another company's data, on any route. */
class TenantIsolationTest extends PortalTest {

    private LocalApiClient luc;
    private String acmeDossier;

    @BeforeEach
    void givenADossierOfAcmeAndACustomerOfGlobex() {
        acmeDossier = create(signedIn("acme.marie"), "Confidentiel ACME");
        luc = signedIn("globex.luc");
    }

    @Test
    void detail_shouldAnswerExactlyLikeAnUnknownNumber_forAnotherCompanysDossier() {
        Response foreign = luc.get("/api/dossiers/" + acmeDossier);
        Response unknown = luc.get("/api/dossiers/99999");

        assertEquals(404, foreign.status());
        assertEquals(unknown.status(), foreign.status());
        assertEquals(unknown.body(), foreign.body());
    }

    @Test
    void complementAndStateChange_shouldAnswer404AndChangeNothing_onAnotherCompanysDossier() {
        Response complement = addComplement(luc, acmeDossier, "Intrusion", null);
        Response relance = changeState(luc, acmeDossier, "R", null, null);

        assertEquals(404, complement.status());
        assertEquals(404, relance.status());
        Response seenByOwner = signedIn("acme.marie").get("/api/dossiers/" + acmeDossier);
        assertEquals("E", dossierOf(seenByOwner).get("state"));
        assertTrue(((List<?>) json(seenByOwner).get("complements")).isEmpty());
    }

    @Test
    void list_shouldOnlyEverShowTheCallersCompany_whateverTheQuerySays() {
        String globex = create(luc, "Globex only");

        for (String view : List.of("modification", "en-cours", "historique")) {
            for (String scope : List.of("mine", "company")) {
                Response page = luc.get("/api/dossiers?view=" + view + "&scope=" + scope
                        + "&company=acme&state=E");
                assertEquals(200, page.status());
                assertTrue(items(page).stream().allMatch(r -> "globex".equals(r.get("companyId"))),
                        view + "/" + scope + ": " + page.body());
            }
        }
        assertEquals(List.of(globex), numbers(luc.get("/api/dossiers?scope=company")));
    }

    @Test
    void create_shouldIgnoreARequesterOfAnotherCompany_whenACustomerSendsOne() {
        Response response = luc.post("/api/dossiers", "{\"department\":\"reseau\","
                + "\"urgency\":\"normal\",\"subject\":\"S\",\"description\":\"D\","
                + "\"requester\":\"acme.marie\"}");

        assertEquals(201, response.status());
        assertEquals("globex.luc", json(response).get("requester"));
        assertEquals("globex", json(response).get("companyId"));
    }

    @Test
    void adminRoutes_shouldAnswer403_toCustomersAndAgents() {
        LocalApiClient sophie = signedIn("staff.sophie");
        for (LocalApiClient client : List.of(luc, sophie)) {
            assertEquals(403, client.get("/api/admin/companies").status());
            assertEquals(403, client.get("/api/admin/users?company=acme").status());
            assertEquals(403, client.get("/api/admin/audit").status());
            assertEquals(403, client.post("/api/admin/companies",
                    "{\"id\":\"evil\",\"name\":\"Evil\"}").status());
            assertEquals(403, client.post("/api/admin/users/staff.sophie",
                    "{\"role\":\"admin\"}").status());
            assertEquals(403, client.post("/api/admin/users/acme.marie/password", "{}")
                    .status());
        }
    }

    @Test
    void me_shouldDescribeOnlyTheCaller() {
        Response me = luc.get("/api/auth/me");

        assertEquals("globex.luc", json(me).get("code"));
        assertEquals("globex", ((java.util.Map<?, ?>) json(me).get("company")).get("id"));
    }
}
