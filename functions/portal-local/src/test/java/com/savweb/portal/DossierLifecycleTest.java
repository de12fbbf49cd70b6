package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dossier rules of PRODUCT.md, through the real functions. */
class DossierLifecycleTest extends PortalTest {

    @Test
    void create_shouldStartInEAndAnswerTheRecap_whenACustomerOpensADossier() {
        // GIVEN a signed-in customer
        LocalApiClient marie = signedIn("acme.marie");

        // WHEN she opens a dossier
        Response response = marie.post("/api/dossiers",
                dossierJson("logiciel", "normal", "Export vide", "L'export est vide."));

        // THEN the recap has a short sequential number, state E, and her as requester
        assertEquals(201, response.status(), response.body());
        Map<String, Object> recap = json(response);
        assertEquals("10001", recap.get("number"));
        assertEquals("E", recap.get("state"));
        assertEquals("acme.marie", recap.get("requester"));
        assertEquals("ACME Logistique", recap.get("companyName"));
        assertEquals("/api/dossiers/10001", response.headers().get("Location"));
        assertEquals("10002", create(marie, "Second"));
    }

    @Test
    void create_shouldOpenForTheCustomer_whenStaffOpensOnTheirBehalf() {
        // GIVEN a staff agent
        LocalApiClient sophie = signedIn("staff.sophie");

        // WHEN she opens a dossier for acme.paul
        Response response = sophie.post("/api/dossiers", "{\"department\":\"reseau\","
                + "\"urgency\":\"bloquant\",\"subject\":\"Téléphone\",\"description\":\"HS\","
                + "\"requester\":\"ACME.Paul\"}");

        // THEN it is Paul's dossier of ACME, opened by Sophie, and Paul lists it as his
        assertEquals(201, response.status(), response.body());
        assertEquals("acme.paul", json(response).get("requester"));
        assertEquals("staff.sophie", json(response).get("openedBy"));
        assertEquals("acme", json(response).get("companyId"));
        assertEquals(List.of("10001"), numbers(signedIn("acme.paul").get("/api/dossiers")));
    }

    @Test
    void create_shouldRefuse_whenStaffNamesNoCustomerOrAStaffMember() {
        LocalApiClient sophie = signedIn("staff.sophie");

        Response none = sophie.post("/api/dossiers", dossierJson("reseau", "normal", "S", "D"));
        Response staff = sophie.post("/api/dossiers", "{\"department\":\"reseau\","
                + "\"urgency\":\"normal\",\"subject\":\"S\",\"description\":\"D\","
                + "\"requester\":\"admin\"}");
        Response unknown = sophie.post("/api/dossiers", "{\"department\":\"reseau\","
                + "\"urgency\":\"normal\",\"subject\":\"S\",\"description\":\"D\","
                + "\"requester\":\"nobody\"}");

        assertEquals(400, none.status());
        assertEquals(List.of("requester"), json(none).get("details"));
        assertEquals(400, staff.status());
        assertEquals(400, unknown.status());
        assertEquals(0, items(sophie.get("/api/dossiers?state=E")).size());
    }

    @Test
    void create_shouldCreateOneDossier_whenRetriedWithTheSameIdempotencyKey() {
        // GIVEN a customer whose first request's answer was lost
        LocalApiClient marie = signedIn("acme.marie");
        String body = dossierJson("materiel", "urgent", "Écran noir", "Plus d'image.");
        Map<String, String> key = Map.of("Idempotency-Key", "form-42");
        Response first = marie.send("POST", "/api/dossiers", body, key);

        // WHEN she retries with the same key, and Paul happens to use the same key
        Response retry = marie.send("POST", "/api/dossiers", body, key);
        Response paul = signedIn("acme.paul").send("POST", "/api/dossiers", body, key);

        // THEN the retry answers the same dossier and only Paul's is new
        assertEquals(201, retry.status());
        assertEquals(json(first).get("number"), json(retry).get("number"));
        assertEquals("true", retry.headers().get("Idempotent-Replayed"));
        assertNotEquals(json(first).get("number"), json(paul).get("number"));
        assertEquals(1, items(marie.get("/api/dossiers")).size());
    }

    @Test
    void list_shouldSortDossiersIntoTheThreeViews_forMineAndForTheCompany() {
        // GIVEN Marie's dossiers in E, L and C, and one of Paul's in E
        LocalApiClient marie = signedIn("acme.marie");
        LocalApiClient sophie = signedIn("staff.sophie");
        String open = create(marie, "Nouveau");
        String worked = create(marie, "Traité");
        String closed = create(marie, "Fini");
        String pauls = create(signedIn("acme.paul"), "De Paul");
        changeState(sophie, worked, "L", null, null);
        changeState(sophie, closed, "C", "Réglé", "public");

        // WHEN she reads each view, hers and her company's
        // THEN each dossier is where its state puts it, newest first
        assertEquals(List.of(open), numbers(marie.get("/api/dossiers?view=modification")));
        assertEquals(List.of(worked), numbers(marie.get("/api/dossiers?view=en-cours")));
        assertEquals(List.of(closed), numbers(marie.get("/api/dossiers?view=historique")));
        assertEquals(List.of(pauls, open),
                numbers(marie.get("/api/dossiers?view=modification&scope=company")));
    }

    @Test
    void list_shouldPageWithAnOpaqueCursor_withoutRepeatsOrGaps() {
        // GIVEN four dossiers
        LocalApiClient marie = signedIn("acme.marie");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            created.add(create(marie, "Dossier " + i));
        }

        // WHEN reading them two by two
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = marie.get("/api/dossiers?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page.body());
            for (String number : numbers(page)) {
                assertTrue(seen.add(number), "seen twice: " + number);
            }
            cursor = (String) json(page).get("next");
            pages++;
        } while (cursor != null && pages < 10);

        // THEN every dossier came exactly once, and the full last page has no next cursor
        assertEquals(created, seen);
        assertEquals(2, pages);
    }

    @Test
    void list_shouldRefuseACursorOfAnotherList() {
        // GIVEN a cursor of Marie's own list
        LocalApiClient marie = signedIn("acme.marie");
        for (int i = 0; i < 3; i++) {
            create(marie, "Dossier " + i);
        }
        String cursor = (String) json(marie.get("/api/dossiers?limit=1")).get("next");

        // WHEN it is used on the company list, or tampered with
        Response other = marie.get("/api/dossiers?limit=1&scope=company&cursor=" + cursor);
        Response garbage = marie.get("/api/dossiers?cursor=not-a-cursor");

        // THEN both are 400 invalid_cursor
        assertEquals(400, other.status());
        assertEquals("invalid_cursor", json(other).get("error"));
        assertEquals(400, garbage.status());
    }

    @Test
    void staffQueue_shouldListByStateOldestOrMostUrgentFirst_withFilters() {
        // GIVEN new dossiers of both companies with different urgencies
        LocalApiClient marie = signedIn("acme.marie");
        LocalApiClient luc = signedIn("globex.luc");
        String normal = marie.post("/api/dossiers", dossierJson("logiciel", "normal", "A", "a"))
                .headers().get("Location").substring(14);
        String blocking = luc.post("/api/dossiers", dossierJson("reseau", "bloquant", "B", "b"))
                .headers().get("Location").substring(14);
        String low = marie.post("/api/dossiers", dossierJson("reseau", "faible", "C", "c"))
                .headers().get("Location").substring(14);
        LocalApiClient sophie = signedIn("staff.sophie");

        // WHEN staff read the E queue in each order and filtered
        // THEN the orders and filters hold
        assertEquals(List.of(normal, blocking, low), numbers(sophie.get("/api/dossiers")));
        assertEquals(List.of(low, blocking, normal),
                numbers(sophie.get("/api/dossiers?state=E&sort=newest")));
        assertEquals(List.of(blocking, normal, low),
                numbers(sophie.get("/api/dossiers?state=E&sort=urgency")));
        assertEquals(List.of(blocking, low),
                numbers(sophie.get("/api/dossiers?state=E&department=reseau")));
        assertEquals(List.of(normal, low),
                numbers(sophie.get("/api/dossiers?state=E&company=acme")));
        assertEquals(List.of(), numbers(sophie.get("/api/dossiers?state=L")));
    }

    @Test
    void detail_shouldShowHistoryAndComplementsInOrder_andHideInternalNotesFromCustomers() {
        // GIVEN a dossier taken in charge with an internal comment, a public reply and a note
        LocalApiClient marie = signedIn("acme.marie");
        LocalApiClient sophie = signedIn("staff.sophie");
        String number = create(marie, "Imprimante");
        changeState(sophie, number, "L", "Client difficile", "internal");
        addComplement(sophie, number, "Nous regardons.", "public");
        addComplement(sophie, number, "Voir contrat 12", "internal");
        addComplement(marie, number, "Merci !", null);

        // WHEN each reads the detail
        Map<String, Object> forStaff = json(sophie.get("/api/dossiers/" + number));
        Map<String, Object> forCustomer = json(marie.get("/api/dossiers/" + number));

        // THEN staff see everything, the customer neither the note nor the internal comment
        assertEquals(3, ((List<?>) forStaff.get("complements")).size());
        List<Map<String, Object>> history = list(forCustomer.get("history"));
        assertEquals(List.of("E", "L"), history.stream().map(h -> h.get("to")).toList());
        assertNull(history.get(1).get("comment"));
        assertEquals("Client difficile", list(forStaff.get("history")).get(1).get("comment"));
        List<Map<String, Object>> complements = list(forCustomer.get("complements"));
        assertEquals(List.of("Nous regardons.", "Merci !"),
                complements.stream().map(c -> c.get("text")).toList());
        assertTrue(list(forCustomer.get("notifications")).isEmpty());
        assertFalse(list(forStaff.get("notifications")).isEmpty());
    }

    @Test
    void complement_shouldMoveAnAtcDossierBackToL_whenTheCustomerAnswers() {
        // GIVEN a dossier waiting for the customer
        LocalApiClient marie = signedIn("acme.marie");
        String number = create(marie, "Procédure");
        LocalApiClient sophie = signedIn("staff.sophie");
        changeState(sophie, number, "L", null, null);
        changeState(sophie, number, "ATC", "Redémarrez le poste.", "public");

        // WHEN she answers
        Response response = addComplement(marie, number, "C'est fait, ça marche.", null);

        // THEN it is back in L, and the history says the customer moved it
        assertEquals(201, response.status(), response.body());
        assertEquals("L", dossierOf(response).get("state"));
        List<Map<String, Object>> history = list(json(marie.get("/api/dossiers/" + number))
                .get("history"));
        Map<String, Object> last = history.get(history.size() - 1);
        assertEquals("ATC", last.get("from"));
        assertEquals("L", last.get("to"));
        assertEquals("acme.marie", last.get("by"));
    }

    @Test
    void complement_shouldBeRefusedToCustomers_whenTheDossierIsClosed() {
        LocalApiClient marie = signedIn("acme.marie");
        String number = create(marie, "Clos");
        LocalApiClient sophie = signedIn("staff.sophie");
        changeState(sophie, number, "C", null, null);

        Response customer = addComplement(marie, number, "Encore une chose", null);
        Response staffNote = addComplement(sophie, number, "Note après clôture", "internal");

        assertEquals(409, customer.status());
        assertEquals("dossier_closed", json(customer).get("error"));
        assertEquals(201, staffNote.status());
    }

    @Test
    void stateChange_shouldFollowTheRules_forStaffAndCustomers() {
        LocalApiClient marie = signedIn("acme.marie");
        LocalApiClient sophie = signedIn("staff.sophie");
        String number = create(marie, "Règles");

        // staff: E → E and E → R are not moves of theirs
        assertEquals(409, changeState(sophie, number, "E", null, null).status());
        assertEquals(409, changeState(sophie, number, "R", null, null).status());
        // customer: may only relancer, never take a staff state or write an internal comment
        assertEquals(403, changeState(marie, number, "L", null, null).status());
        assertEquals(403, changeState(marie, number, "R", "x", "internal").status());
        assertEquals(200, changeState(marie, number, "R", "Urgent svp", null).status());
        assertEquals(200, changeState(marie, number, "R", null, null).status());
        // staff work it through L, APL, C, and C only reopens to L
        assertEquals(200, changeState(sophie, number, "L", null, null).status());
        assertEquals(200, changeState(sophie, number, "APL", null, null).status());
        assertEquals(200, changeState(sophie, number, "C", "Fait", "public").status());
        Response closedRelance = changeState(marie, number, "R", null, null);
        assertEquals(409, closedRelance.status());
        assertEquals("invalid_transition", json(closedRelance).get("error"));
        assertEquals(409, changeState(sophie, number, "APL", null, null).status());
        Response reopen = changeState(sophie, number, "L", "Réouvert", "public");
        assertEquals(200, reopen.status());
        assertEquals("L", json(reopen).get("state"));

        List<Map<String, Object>> history = list(json(marie.get("/api/dossiers/" + number))
                .get("history"));
        assertEquals(List.of("E", "R", "R", "L", "APL", "C", "L"),
                history.stream().map(h -> h.get("to")).toList());
    }

    @Test
    void stateChange_shouldAnswer409_whenTheDossierChangedSinceItWasShown() {
        // GIVEN a dossier seen at version 1, then changed by someone else
        LocalApiClient marie = signedIn("acme.marie");
        String number = create(marie, "Version");
        LocalApiClient sophie = signedIn("staff.sophie");
        changeState(sophie, number, "L", null, null);

        // WHEN a change is sent with the old version
        Response stale = sophie.post("/api/dossiers/" + number + "/state",
                "{\"state\":\"C\",\"expectedVersion\":1}");

        // THEN it is refused and nothing changed
        assertEquals(409, stale.status());
        assertEquals("concurrent_change", json(stale).get("error"));
        assertEquals("L", dossierOf(marie.get("/api/dossiers/" + number)).get("state"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
