package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the staff page needs beyond the lists: counts, search, export, the customer directory. */
class StaffDeskTest extends PortalTest {

    private LocalApiClient sophie;
    private String printer;
    private String vpn;

    @BeforeEach
    void givenDossiersOfBothCompanies() {
        LocalApiClient marie = signedIn("acme.marie");
        printer = create(marie, "Imprimante réseau bloquée");
        vpn = create(marie, "=VPN \"siège\" en panne");
        create(signedIn("globex.luc"), "Printer jam on floor 2");
        sophie = signedIn("staff.sophie");
        changeState(sophie, vpn, "L", null, null);
    }

    @Test
    void queues_shouldCountDossiersPerState() {
        Response response = sophie.get("/api/queues");

        assertEquals(200, response.status(), response.body());
        Map<?, ?> counts = (Map<?, ?>) json(response).get("counts");
        assertEquals(2, ((Number) counts.get("E")).intValue());
        assertEquals(1, ((Number) counts.get("L")).intValue());
        assertEquals(0, ((Number) counts.get("C")).intValue());
        assertEquals(6, counts.size());
    }

    @Test
    void closedQueue_shouldListByClosureTime_newestFirst() {
        // GIVEN the older dossier closed after the newer one
        changeState(sophie, vpn, "C", null, null);
        changeState(sophie, printer, "C", null, null);

        // WHEN staff look at the recently closed
        Response closed = sophie.get("/api/dossiers?state=C&sort=newest");

        // THEN the last one closed comes first, and both count as closed recently
        assertEquals(List.of(printer, vpn), numbers(closed));
        Map<?, ?> counts = (Map<?, ?>) json(sophie.get("/api/queues")).get("counts");
        assertEquals(2, ((Number) counts.get("C")).intValue());
    }

    @Test
    void search_shouldFindByNumberAndBySubjectWords_ignoringCaseAndAccents() {
        assertEquals(List.of(printer), numbers(sophie.get("/api/search?q=" + printer)));
        assertEquals(List.of(printer),
                numbers(sophie.get("/api/search?q=IMPRIMANTE%20reseau")));
        assertEquals(List.of(vpn), numbers(sophie.get("/api/search?q=siege")));
        assertEquals(List.of(), numbers(sophie.get("/api/search?q=imprimante%20vpn")));
        assertEquals(List.of(), numbers(sophie.get("/api/search?q=99999")));
        assertEquals(400, sophie.get("/api/search?q=").status());
    }

    @Test
    void staffRoutes_shouldAnswer403ToCustomers() {
        LocalApiClient marie = signedIn("acme.marie");

        assertEquals(403, marie.get("/api/queues").status());
        assertEquals(403, marie.get("/api/search?q=vpn").status());
        assertEquals(403, marie.get("/api/export").status());
        assertEquals(403, marie.get("/api/staff/companies").status());
        assertEquals(403, marie.get("/api/staff/customers?company=globex").status());
    }

    @Test
    void export_shouldWriteCsvThatSpreadsheetsOpenWithAccents() {
        Response french = sophie.get("/api/export?state=E");
        Response english = signedIn("staff.sophie").language("en")
                .get("/api/export?state=L");

        assertEquals(200, french.status());
        assertEquals("text/csv; charset=utf-8", french.headers().get("Content-Type"));
        assertTrue(french.headers().get("Content-Disposition").contains("dossiers.csv"));
        String[] lines = french.body().split("\r\n");
        assertEquals('\uFEFF', lines[0].charAt(0));
        assertTrue(lines[0].contains("\"Numéro\";\"Création\""), lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].contains("\"Imprimante réseau bloquée\""), lines[1]);
        assertTrue(lines[1].contains("\"E ÉMIS\""), lines[1]);
        String vpnLine = english.body().split("\r\n")[1];
        assertTrue(vpnLine.contains("\"'=VPN \"\"siège\"\" en panne\""), vpnLine);
        assertTrue(vpnLine.contains("\"L IN PROGRESS\","), vpnLine);
    }

    @Test
    void staffList_shouldShowOneCompanysDossiersInAView() {
        Response acme = sophie.get("/api/dossiers?company=acme&view=modification");
        Response missingCompany = sophie.get("/api/dossiers?view=modification");

        assertEquals(List.of(printer), numbers(acme));
        assertEquals(400, missingCompany.status());
    }

    @Test
    void directory_shouldListCompaniesAndTheirEnabledCustomers_forStaff() {
        signedIn("admin").post("/api/admin/users/acme.paul", "{\"enabled\":false}");

        Response companies = sophie.get("/api/staff/companies");
        Response customers = sophie.get("/api/staff/customers?company=acme");

        assertEquals(List.of("acme", "globex"),
                items(companies).stream().map(c -> c.get("id")).toList());
        assertEquals(List.of(Map.of("code", "acme.marie", "name", "Marie Dupont")),
                items(customers));
    }
}
