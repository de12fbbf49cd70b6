package com.savweb.local;

import com.savweb.core.config.SavSettings;
import com.savweb.core.repository.SavTable;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The whole back end of SAV Web in one JVM, against the emulator at {@code AWS_ENDPOINT_URL}:
 * the table of {@code template.yaml}, verified mail identities, the functions (hosted as Lambda
 * would) and the stream poller that feeds the notifier.
 *
 * <p>The functions read their settings as system properties here (in Lambda: environment
 * variables from the template); {@link #DEFAULTS} are the local values.
 */
public final class LocalEnvironment implements AutoCloseable {

    /** The local settings, also used by the tests. */
    public static final Map<String, String> DEFAULTS = Map.of(
            "sav.table-name", "SavWeb",
            "sav.site-url", "http://localhost:3000",
            "sav.mail-sender", "sav@savweb.example.com",
            "sav.default-mailbox", "support@savweb.example.com",
            "sav.department-mailboxes", "materiel=materiel@savweb.example.com,"
                    + "logiciel=logiciel@savweb.example.com,reseau=reseau@savweb.example.com,"
                    + "commercial=commercial@savweb.example.com");

    private final SamTemplate template;
    private final SavSettings settings;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final SesV2Client ses;
    private final FunctionHost host;
    private final Emulator emulator;
    private StreamPoller poller;

    private LocalEnvironment(SamTemplate template, Map<String, String> overrides) {
        DEFAULTS.forEach(System::setProperty);
        overrides.forEach(System::setProperty);
        this.template = template;
        this.settings = new SavSettings(
                System.getProperty("sav.table-name"),
                System.getProperty("sav.site-url"),
                System.getProperty("sav.mail-sender"),
                System.getProperty("sav.default-mailbox"),
                System.getProperty("sav.department-mailboxes"),
                8);
        this.dynamo = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        this.streams = DynamoDbStreamsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        this.ses = SesV2Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        this.emulator = Emulator.fromEnvironment();
        this.host = new FunctionHost(template);
    }

    /** An environment for the project's template with the default settings. */
    public static LocalEnvironment create() {
        return create(Map.of());
    }

    /** An environment for the project's template with some settings overridden. */
    public static LocalEnvironment create(Map<String, String> overrides) {
        return new LocalEnvironment(SamTemplate.fromProjectRoot(), overrides);
    }

    /**
     * Creates the table (if absent) and verifies the sender and every mailbox in SES.
     * Against moto, {@code fresh} first erases everything the emulator holds; against LocalStack
     * or AWS nothing is erased.
     */
    public void provision(boolean fresh) {
        if (fresh && emulator.isMoto()) {
            emulator.reset();
        }
        new TableProvisioner(template, dynamo).createTable(settings.tableName());
        Set<String> identities = new LinkedHashSet<>();
        identities.add(settings.mailSender());
        identities.addAll(settings.mailboxes().values());
        for (String identity : identities) {
            ses.createEmailIdentity(create -> create.emailIdentity(identity));
        }
        this.poller = new StreamPoller(template, host, dynamo, streams, settings.tableName());
    }

    /** The parsed template. */
    public SamTemplate template() {
        return template;
    }

    /** The settings the functions run with. */
    public SavSettings settings() {
        return settings;
    }

    /** The functions, hosted as Lambda containers. */
    public FunctionHost host() {
        return host;
    }

    /** The stream poller (after {@link #provision}). */
    public StreamPoller poller() {
        return poller;
    }

    /** The emulator's own API (reset, sent mail). */
    public Emulator emulator() {
        return emulator;
    }

    /** The DynamoDB client of the environment itself (not of a function). */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** The table, for seeding and for assertions. */
    public SavTable table() {
        return new SavTable(settings, dynamo);
    }

    /** A new in-process API client, like a new browser. */
    public LocalApiClient client() {
        return new LocalApiClient(template, host);
    }

    /**
     * A second set of function containers, as Lambda starts when requests overlap: clients of
     * different hosts run truly in parallel, those of one host one request at a time.
     */
    public LocalApiClient clientOfNewContainers() {
        return new LocalApiClient(template, new FunctionHost(template));
    }

    @Override
    public void close() {
        dynamo.close();
        streams.close();
        ses.close();
    }
}
