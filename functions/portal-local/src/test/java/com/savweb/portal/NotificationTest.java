package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.Emulator.SentMail;
import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import com.savweb.local.StreamPoller;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The mail each dossier event sends, read back from the emulator after the stream poller has fed
 * the notifier, in the recipient's language.
 */
class NotificationTest extends PortalTest {

    private static final String MARIE = "acme_marie@acme.example.com";
    private static final String LUC = "globex_luc@globex.example.com";
    private static final String MATERIEL = "materiel@savweb.example.com";

    @Test
    void create_shouldMailTheRecapToTheCustomerAndAlertTheDepartment_inTheirLanguages() {
        // GIVEN a French and an English customer
        // WHEN each opens a dossier
        String french = create(signedIn("acme.marie"), "Imprimante HS");
        String english = create(signedIn("globex.luc"), "Printer down");
        env.poller().drain();

        // THEN each gets the recap in their language, and the department is told in French
        SentMail toMarie = only(MARIE);
        assertEquals("[SAV " + french + "] Votre dossier est enregistré : Imprimante HS",
                toMarie.subject());
        assertTrue(toMarie.body().contains("http://localhost:3000/#/dossiers/" + french));
        assertTrue(toMarie.body().contains("Urgent"));
        SentMail toLuc = only(LUC);
        assertEquals("[SAV " + english + "] Your dossier is registered: Printer down",
                toLuc.subject());
        List<SentMail> department = to(MATERIEL);
        assertEquals(2, department.size());
        assertTrue(department.get(0).subject().startsWith("[SAV " + french
                + "] Nouveau dossier de ACME Logistique"));
        assertTrue(department.get(0).body().contains("/admin/#/dossiers/" + french));
    }

    @Test
    void stateChange_shouldMailTheCustomerThePublicCommentButNeverAnInternalOne() {
        // GIVEN a dossier whose creation mail went out
        String number = create(signedIn("acme.marie"), "Réseau lent");
        LocalApiClient sophie = signedIn("staff.sophie");
        env.poller().drain();
        int before = to(MARIE).size();

        // WHEN staff change its state with an internal, then a public comment
        changeState(sophie, number, "L", "Secret interne", "internal");
        changeState(sophie, number, "ATC", "Redémarrez le routeur.", "public");
        env.poller().drain();

        // THEN the customer got two mails; only the public comment is in them
        List<SentMail> mails = to(MARIE).subList(before, to(MARIE).size());
        assertEquals(2, mails.size());
        assertTrue(mails.get(0).subject().contains("EN COURS"), mails.get(0).subject());
        assertFalse(mails.get(0).body().contains("Secret interne"));
        assertTrue(mails.get(1).body().contains("Redémarrez le routeur."));
    }

    @Test
    void complementsAndRelance_shouldMailTheRightSide_andInternalNotesNobody() {
        // GIVEN an open dossier
        LocalApiClient marie = signedIn("acme.marie");
        String number = create(marie, "Poste lent");
        LocalApiClient sophie = signedIn("staff.sophie");
        env.poller().drain();
        int customerBefore = to(MARIE).size();
        int departmentBefore = to(MATERIEL).size();

        // WHEN staff add a note and a public reply, and the customer adds a complément and chases
        addComplement(sophie, number, "Note interne à ne pas envoyer", "internal");
        addComplement(sophie, number, "Avez-vous redémarré ?", "public");
        addComplement(marie, number, "Oui, deux fois.", null);
        changeState(marie, number, "R", "Merci de rappeler.", null);
        env.poller().drain();

        // THEN the customer got the reply only; the department the complément and the relance
        List<SentMail> customer = to(MARIE).subList(customerBefore, to(MARIE).size());
        assertEquals(1, customer.size());
        assertTrue(customer.get(0).subject().contains("Réponse du service clients"));
        assertTrue(customer.get(0).body().contains("Avez-vous redémarré ?"));
        List<SentMail> department = to(MATERIEL).subList(departmentBefore, to(MATERIEL).size());
        assertEquals(2, department.size());
        assertTrue(department.get(0).body().contains("Oui, deux fois."));
        assertTrue(department.get(1).subject().contains("Relance"));
        assertTrue(env.emulator().sentMail().stream()
                .noneMatch(m -> m.body().contains("Note interne")));
    }

    @Test
    void notifier_shouldMailEveryEvent_whenManyDossiersAreOpened() {
        // GIVEN many dossiers opened one after the other (a busy morning)
        LocalApiClient marie = signedIn("acme.marie");
        for (int i = 0; i < 40; i++) {
            create(marie, "Dossier " + i);
            if (i % 10 == 0) {
                env.poller().drain();
            }
        }

        // WHEN the notifier has caught up
        env.poller().drain();

        // THEN each one sent its two mails, and the emulator's record of them can be read
        assertEquals(40, to(MARIE).size());
        assertEquals(40, to(MATERIEL).size());
    }

    @Test
    void mail_shouldEscapeCustomerText_inTheHtmlPart() {
        create(signedIn("acme.marie"), "<script>alert(1)</script> & co");
        env.poller().drain();

        SentMail mail = only(MARIE);
        assertFalse(mail.body().contains("<script>"));
        assertTrue(mail.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    }

    @Test
    void notifier_shouldKeepTheChangeAndRecordTheFailure_whenSesRefusesToSend() {
        // GIVEN SES refuses the sender (its identity was removed)
        try (SesV2Client ses = SesV2Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            ses.deleteEmailIdentity(d -> d.emailIdentity(env.settings().mailSender()));
        }

        // WHEN a dossier is opened and the notifier runs out of retries
        LocalApiClient marie = signedIn("acme.marie");
        Response created = marie.post("/api/dossiers",
                dossierJson("materiel", "urgent", "Sans mail", "SES en panne"));
        int deliveries = env.poller().drain();

        // THEN the dossier exists, no mail left, and staff see the notification as failed
        assertEquals(201, created.status());
        String number = (String) json(created).get("number");
        assertTrue(deliveries >= 5 && deliveries <= StreamPoller.MAX_DELIVERIES,
                "delivered " + deliveries + " times");
        assertTrue(env.emulator().sentMail().isEmpty());
        Map<String, Object> detail = json(signedIn("staff.sophie").get("/api/dossiers/"
                + number));
        Map<?, ?> notification = (Map<?, ?>) ((List<?>) detail.get("notifications")).get(0);
        assertEquals("FAILED", notification.get("status"));
        assertEquals(5, ((Number) notification.get("attempts")).intValue());
        assertEquals("E", ((Map<?, ?>) detail.get("dossier")).get("state"));
    }

    private static List<SentMail> to(String address) {
        return env.emulator().sentMail().stream().filter(m -> m.to().contains(address)).toList();
    }

    private static SentMail only(String address) {
        List<SentMail> mails = to(address);
        assertEquals(1, mails.size(), mails.toString());
        return mails.get(0);
    }
}
