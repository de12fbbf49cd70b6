package com.savweb.notifier;

import com.savweb.core.config.Catalogue;
import com.savweb.core.config.SavSettings;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.DossierState;
import com.savweb.core.model.Language;
import com.savweb.core.notification.OutboxEvent;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders the mail of a dossier event for one recipient, in their language, as plain text and
 * HTML, with a link to the dossier on the customer site or the staff page.
 *
 * <p>Every piece of user text (subject, comments, names) is HTML-escaped in the HTML part.
 * Texts come from {@code mail/mail_*.properties}; labels of departments and urgencies from the
 * catalogue.
 */
@Singleton
public class MailRenderer {

    private static final ResourceBundle FR = bundle(Language.FR);
    private static final ResourceBundle EN = bundle(Language.EN);

    private final Catalogue catalogue;
    private final String siteUrl;

    /** Uses the catalogue's labels and the configured site address. */
    public MailRenderer(Catalogue catalogue, SavSettings settings) {
        this.catalogue = catalogue;
        this.siteUrl = settings.siteUrl();
    }

    /** The mail of {@code event} on {@code dossier} for {@code recipient}. */
    public MailMessage render(OutboxEvent event, Dossier dossier, Recipient recipient) {
        Language language = recipient.language();
        String audience = recipient.staff() ? "staff" : "customer";
        String key = event.kind().name() + "." + audience;
        String from = label(event.from(), language);
        String to = label(event.to(), language);
        Object[] arguments = {event.actorName(), dossier.companyName(), from, to};
        String subject = text(language, "subject." + key, dossier.number(), dossier.subject(),
                recipient.staff() ? dossier.companyName() : event.actorName(), to);
        String intro = text(language, "intro." + key, arguments);
        String link = siteUrl + (recipient.staff() ? "/admin/" : "/") + "#/dossiers/"
                + dossier.number();

        Map<String, String> recap = new LinkedHashMap<>();
        recap.put(text(language, "label.number"), dossier.number());
        recap.put(text(language, "label.subject"), dossier.subject());
        if (recipient.staff()) {
            recap.put(text(language, "label.company"), dossier.companyName());
        }
        recap.put(text(language, "label.department"),
                catalogue.label(dossier.department(), language));
        recap.put(text(language, "label.urgency"), catalogue.label(dossier.urgency(), language));
        recap.put(text(language, "label.state"), label(dossier.state(), language));
        String message = event.publicComment();

        return new MailMessage(recipient.email(), subject,
                plainText(language, intro, recap, message, link),
                html(language, intro, recap, message, link));
    }

    private static String plainText(Language language, String intro, Map<String, String> recap,
            String message, String link) {
        StringBuilder text = new StringBuilder()
                .append(text(language, "greeting")).append("\n\n")
                .append(intro).append("\n\n");
        recap.forEach((name, value) -> text.append(name).append(" : ").append(value)
                .append('\n'));
        if (message != null) {
            text.append('\n').append(text(language, "label.message")).append(" :\n")
                    .append(message).append('\n');
        }
        return text.append('\n').append(text(language, "link")).append(" : ").append(link)
                .append("\n\n-- \n").append(text(language, "footer")).append('\n')
                .toString();
    }

    private static String html(Language language, String intro, Map<String, String> recap,
            String message, String link) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(language.tag()).append("\">")
                .append("<body style=\"font-family:Arial,sans-serif;color:#1f2933\">")
                .append("<p>").append(escape(text(language, "greeting"))).append("</p>")
                .append("<p>").append(escape(intro)).append("</p>")
                .append("<table style=\"border-collapse:collapse\">");
        recap.forEach((name, value) -> html
                .append("<tr><th style=\"text-align:left;padding:2px 12px 2px 0\">")
                .append(escape(name)).append("</th><td>").append(escape(value))
                .append("</td></tr>"));
        html.append("</table>");
        if (message != null) {
            html.append("<p><strong>").append(escape(text(language, "label.message")))
                    .append("</strong></p><blockquote style=\"white-space:pre-wrap\">")
                    .append(escape(message)).append("</blockquote>");
        }
        return html.append("<p><a href=\"").append(escape(link)).append("\">")
                .append(escape(text(language, "link"))).append("</a></p>")
                .append("<p style=\"color:#52606d;font-size:12px\">")
                .append(escape(text(language, "footer"))).append("</p></body></html>")
                .toString();
    }

    private static String label(DossierState state, Language language) {
        return state == null ? "" : state.name() + " (" + state.label(language) + ")";
    }

    static String text(Language language, String key, Object... arguments) {
        ResourceBundle bundle = language == Language.EN ? EN : FR;
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("mail.mail", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
