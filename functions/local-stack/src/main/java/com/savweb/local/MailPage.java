package com.savweb.local;

import java.util.List;

/**
 * The local stack's "sent mail" page: every message SES accepted in the emulator, newest first,
 * each HTML body shown in a sandboxed frame. Everything taken from mail is escaped.
 */
public final class MailPage {

    private final Emulator emulator;

    /** Shows the mail recorded by {@code emulator}. */
    public MailPage(Emulator emulator) {
        this.emulator = emulator;
    }

    /** The page's HTML. */
    public String render() {
        List<Emulator.SentMail> mail = emulator.sentMail();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Sent mail (local)</title><style>
                body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2933}
                article{border:1px solid #cbd2d9;border-radius:6px;margin:0 0 1rem;padding:1rem}
                iframe{width:100%;height:22rem;border:1px solid #e4e7eb}
                </style></head><body><h1>Sent mail (local emulator)</h1>
                """);
        html.append("<p>").append(mail.size()).append(" message(s). Reload to refresh.</p>");
        for (int i = mail.size() - 1; i >= 0; i--) {
            Emulator.SentMail message = mail.get(i);
            html.append("<article><h2>").append(escape(message.subject())).append("</h2>")
                    .append("<p>From ").append(escape(message.source())).append(" to ")
                    .append(escape(String.join(", ", message.to()))).append("</p>")
                    .append("<iframe sandbox title=\"").append(escape(message.subject()))
                    .append("\" srcdoc=\"").append(escape(message.body()))
                    .append("\"></iframe></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
