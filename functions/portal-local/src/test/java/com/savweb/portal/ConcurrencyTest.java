package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Requests that overlap, each on its own function containers (as Lambda scales out): nothing
 * is lost and nothing is silently overwritten.
 */
class ConcurrencyTest extends PortalTest {

    private static final int PARALLEL = 8;

    @Test
    void create_shouldGiveDistinctNumbers_whenManyDossiersAreOpenedAtOnce() throws Exception {
        // GIVEN customers signed in on separate containers
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            LocalApiClient client = env.clientOfNewContainers();
            client.login(i % 2 == 0 ? "acme.marie" : "globex.luc", PASSWORD);
            String body = dossierJson("reseau", "normal", "Parallèle " + i, "d");
            creates.add(() -> client.post("/api/dossiers", body));
        }

        // WHEN they all create at the same moment
        List<Response> responses = runTogether(creates);

        // THEN every dossier got its own number
        List<String> numbers = new ArrayList<>();
        for (Response response : responses) {
            assertEquals(201, response.status(), response.body());
            numbers.add((String) json(response).get("number"));
        }
        assertEquals(PARALLEL, new HashSet<>(numbers).size(), numbers.toString());
    }

    @Test
    void stateChange_shouldHaveExactlyOneWinner_whenStaffChangeTheSameDossierAtOnce()
            throws Exception {
        // GIVEN a new dossier (version 1) shown to agents on separate containers
        String number = create(signedIn("acme.marie"), "Disputé");
        List<Callable<Response>> changes = new ArrayList<>();
        String[] targets = {"L", "ATC", "APL", "C"};
        for (int i = 0; i < PARALLEL; i++) {
            LocalApiClient agent = env.clientOfNewContainers();
            agent.login("staff.sophie", PASSWORD);
            String target = targets[i % targets.length];
            String body = "{\"state\":\"" + target + "\",\"expectedVersion\":1}";
            changes.add(() -> agent.post("/api/dossiers/" + number + "/state", body));
        }

        // WHEN they all change what they saw at once
        List<Response> responses = runTogether(changes);

        // THEN one wins, every other gets 409, and the history has exactly one change
        long won = responses.stream().filter(r -> r.status() == 200).count();
        long refused = responses.stream().filter(r -> r.status() == 409).count();
        assertEquals(1, won, responses.toString());
        assertEquals(PARALLEL - 1, refused);
        List<?> history = (List<?>) json(signedIn("staff.sophie").get("/api/dossiers/" + number))
                .get("history");
        assertEquals(2, history.size());
    }

    @Test
    void complement_shouldKeepEveryOne_whenCustomersAnswerAtOnce() throws Exception {
        // GIVEN a dossier waiting for the customer
        String number = create(signedIn("acme.marie"), "Réponses");
        LocalApiClient sophie = signedIn("staff.sophie");
        changeState(sophie, number, "L", null, null);
        changeState(sophie, number, "ATC", "Vos retours ?", "public");
        List<Callable<Response>> answers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            LocalApiClient customer = env.clientOfNewContainers();
            customer.login(i % 2 == 0 ? "acme.marie" : "acme.paul", PASSWORD);
            String text = "Réponse " + i;
            answers.add(() -> addComplement(customer, number, text, null));
        }

        // WHEN they all answer at once
        List<Response> responses = runTogether(answers);

        // THEN every complément is kept and the dossier went back to L exactly once
        for (Response response : responses) {
            assertEquals(201, response.status(), response.body());
        }
        Map<String, Object> detail = json(sophie.get("/api/dossiers/" + number));
        assertEquals(PARALLEL, ((List<?>) detail.get("complements")).size());
        assertEquals("L", ((Map<?, ?>) detail.get("dossier")).get("state"));
        long backToL = ((List<?>) detail.get("history")).stream()
                .filter(h -> "ATC".equals(((Map<?, ?>) h).get("from"))).count();
        assertEquals(1, backToL);
    }

    private static List<Response> runTogether(List<Callable<Response>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
