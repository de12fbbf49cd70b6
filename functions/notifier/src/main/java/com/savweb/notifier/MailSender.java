package com.savweb.notifier;

import com.savweb.core.config.SavSettings;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Message;

/**
 * Sends rendered mail through SES v2 as simple content (the project renders its own mail, so
 * no SES templates are involved), from the configured sender identity.
 */
@Singleton
public class MailSender {

    private final SesV2Client ses;
    private final String from;

    /** Uses the container's SES client and the configured sender. */
    public MailSender(SesV2Client ses, SavSettings settings) {
        this.ses = ses;
        this.from = settings.mailSender();
    }

    /** Sends one message; SDK exceptions propagate so that the caller can retry. */
    public void send(MailMessage mail) {
        ses.sendEmail(email -> email
                .fromEmailAddress(from)
                .destination(destination -> destination.toAddresses(mail.to()))
                .content(content -> content.simple(Message.builder()
                        .subject(utf8(mail.subject()))
                        .body(Body.builder().text(utf8(mail.text())).html(utf8(mail.html()))
                                .build())
                        .build())));
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset(StandardCharsets.UTF_8.name()).build();
    }
}
