package com.savweb.notifier;

import com.savweb.core.model.Language;

/**
 * Someone a notification goes to: an address, the language to write in, and whether they read
 * the customer site or the staff page (which decides the link in the mail).
 */
public record Recipient(String email, Language language, boolean staff) {
}
