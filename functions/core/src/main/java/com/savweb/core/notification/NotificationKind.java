package com.savweb.core.notification;

/** The dossier events that send mail, and to whom (see {@code docs/architecture.md}). */
public enum NotificationKind {
    /** Recap to the customer, alert to the department mailbox. */
    DOSSIER_CREATED,
    /** A staff state change: to the customer, with the public comment if any. */
    STATE_CHANGED,
    /** A public staff reply: to the customer. */
    STAFF_REPLY,
    /** A customer's complément d'information: to the department mailbox. */
    CUSTOMER_COMPLEMENT,
    /** A customer chased the dossier: to the department mailbox. */
    RELANCE
}
