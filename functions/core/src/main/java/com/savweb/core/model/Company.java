package com.savweb.core.model;

import java.util.List;

/** A customer company: its users only ever see its own dossiers. */
public record Company(String id, String name, List<String> contactEmails, Language language) {
}
