package com.savweb.auth;

import com.savweb.core.model.Caller;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/**
 * Who is signed in, as the site shows it, with the CSRF token the page must send back on every
 * state-changing request. {@code company} is {@code null} for staff.
 */
@Serdeable
public record Profile(String code, String name, String role, CompanyRef company,
        String language, String csrfToken) {

    /** The caller's company, by id and name. */
    @Serdeable
    public record CompanyRef(String id, String name) {
    }

    /** The profile of an authenticated caller. */
    public static Profile of(Caller caller) {
        CompanyRef company = caller.companyId() == null
                ? null : new CompanyRef(caller.companyId(), caller.companyName());
        return new Profile(caller.code(), caller.name(),
                caller.role().name().toLowerCase(Locale.ROOT), company,
                caller.language().tag(), caller.csrfToken());
    }
}
