package com.savweb.core.model;

/** Whether a staff comment is shown to (and mailed to) the customer, or kept for staff only. */
public enum Visibility {
    PUBLIC,
    INTERNAL
}
