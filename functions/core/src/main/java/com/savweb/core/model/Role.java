package com.savweb.core.model;

/** What a signed-in person may do: customers see their company, staff see every company. */
public enum Role {
    CUSTOMER,
    STAFF,
    ADMIN;

    /** Staff agents and staff admins both work the queues. */
    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
