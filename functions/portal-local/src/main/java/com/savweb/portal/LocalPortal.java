package com.savweb.portal;

import com.savweb.core.logging.JsonLog;
import com.savweb.local.DemoAccounts;
import com.savweb.local.DemoDossiers;
import com.savweb.local.LocalEnvironment;
import com.savweb.local.LocalGateway;
import com.savweb.local.MailPage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code make run}: the whole portal on this machine. Creates the table of
 * {@code template.yaml} in the emulator at {@code AWS_ENDPOINT_URL}, verifies the mail
 * identities, seeds the demo data, feeds the notifier from the table's stream, and serves
 * {@code static-site/} and the API on {@code http://localhost:PORT} (3000 by default) until
 * Ctrl-C.
 */
public final class LocalPortal {

    private LocalPortal() {
    }

    /** Starts the portal; arguments are ignored, settings come from the environment. */
    public static void main(String[] args) throws IOException, InterruptedException {
        JsonLog.init();
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
        Path site = Path.of(System.getenv().getOrDefault("SAV_SITE_DIR", "static-site"));
        String url = "http://localhost:" + port;
        LocalEnvironment env = LocalEnvironment.create(Map.of("sav.site-url", url));
        env.host().verifyHandlers();

        env.provision(true);
        String password = DemoAccounts.password();
        DemoAccounts.seed(env.table(), password, 10);
        DemoDossiers.seed(env, password);

        ScheduledExecutorService streams = Executors.newSingleThreadScheduledExecutor();
        streams.scheduleWithFixedDelay(() -> pollQuietly(env), 0, 300, TimeUnit.MILLISECONDS);
        LocalGateway gateway = new LocalGateway(env.template(), env.host(), site, port);
        if (env.emulator().isMoto()) {
            gateway.page("/_local/mail", new MailPage(env.emulator())::render);
        }
        gateway.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            streams.shutdownNow();
            env.close();
            stopped.countDown();
        }));
        banner(System.out, url, password, gateway);
        stopped.await();
    }

    private static void pollQuietly(LocalEnvironment env) {
        try {
            env.poller().pollOnce();
        } catch (RuntimeException | LinkageError e) {
            // A task that throws is never run again by the executor, which would silently stop
            // all mail; a class missing after a rebuild under a running portal is the usual
            // LinkageError here.
            JsonLog.error("stream.poll.failed", Map.of(), e);
        }
    }

    private static void banner(PrintStream console, String url, String password,
            LocalGateway gateway) {
        console.printf("""

                SAV Web is running at %s
                  Customer site  %s/
                  Staff page     %s/admin/
                  Sent mail      %s/_local/mail
                  API routes     %d, from template.yaml

                Demo accounts (password: %s)
                  acme.marie, acme.paul   ACME Logistique (customers)
                  globex.luc              Globex (customer, English)
                  staff.sophie            staff agent
                  admin                   staff admin

                Press Ctrl-C to stop.
                %n""", url, url, url, url, gateway.routeKeys().size(), password);
    }
}
