package com.savweb.notifier;

/** One rendered mail to one address: subject, plain text and HTML (user text escaped). */
public record MailMessage(String to, String subject, String text, String html) {
}
