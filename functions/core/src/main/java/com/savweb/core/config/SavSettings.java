package com.savweb.core.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deployment's settings, read once per container from the environment that
 * {@code template.yaml} gives each function (or from system properties in the local stack).
 *
 * <p>Micronaut maps {@code SAV_TABLE_NAME} to {@code sav.table-name}, and so on. Defaults suit
 * the local stack: table {@code SavWeb}, site {@code http://localhost:3000}, sessions of 8 hours.
 */
@Singleton
public class SavSettings {

    private final String tableName;
    private final String siteUrl;
    private final String mailSender;
    private final String defaultMailbox;
    private final Map<String, String> departmentMailboxes;
    private final Duration sessionLifetime;

    /** Reads every setting; called once by the container's application context. */
    public SavSettings(
            @Value("${sav.table-name:SavWeb}") String tableName,
            @Value("${sav.site-url:`http://localhost:3000`}") String siteUrl,
            @Value("${sav.mail-sender:sav@example.com}") String mailSender,
            @Value("${sav.default-mailbox:support@example.com}") String defaultMailbox,
            @Value("${sav.department-mailboxes:}") String departmentMailboxes,
            @Value("${sav.session-hours:8}") int sessionHours) {
        this.tableName = tableName;
        this.siteUrl = stripTrailingSlash(siteUrl);
        this.mailSender = mailSender;
        this.defaultMailbox = defaultMailbox;
        this.departmentMailboxes = parseMailboxes(departmentMailboxes);
        this.sessionLifetime = Duration.ofHours(sessionHours);
    }

    /** The DynamoDB table that holds everything. */
    public String tableName() {
        return tableName;
    }

    /** The public address of the portal, used for links in mail. */
    public String siteUrl() {
        return siteUrl;
    }

    /** The verified SES identity mail is sent from. */
    public String mailSender() {
        return mailSender;
    }

    /** The mailbox of a department, or the service desk's default mailbox. */
    public String mailboxOf(String department) {
        return departmentMailboxes.getOrDefault(department, defaultMailbox);
    }

    /** Every configured mailbox, default included (the local stack verifies them all). */
    public Map<String, String> mailboxes() {
        Map<String, String> all = new LinkedHashMap<>(departmentMailboxes);
        all.put("*", defaultMailbox);
        return all;
    }

    /** How long a session lasts after sign-in. */
    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    /** Parses {@code materiel=hw@x.com,logiciel=sw@x.com}; blank entries are ignored. */
    static Map<String, String> parseMailboxes(String value) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                result.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
            }
        }
        return Map.copyOf(result);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
