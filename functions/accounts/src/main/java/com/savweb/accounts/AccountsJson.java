package com.savweb.accounts;

import com.savweb.core.model.AuditEntry;
import com.savweb.core.model.Company;
import com.savweb.core.model.UserAccount;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the accounts API. Password hashes never leave the function. */
final class AccountsJson {

    private AccountsJson() {
    }

    /** A company as shown and edited. */
    @Serdeable
    record CompanyJson(String id, String name, List<String> contactEmails, String language) {

        static CompanyJson of(Company c) {
            return new CompanyJson(c.id(), c.name(), c.contactEmails(), c.language().tag());
        }
    }

    /** An account as shown; {@code locked} after repeated failed sign-ins. */
    @Serdeable
    record UserJson(String code, String name, String email, String language, String role,
            String companyId, boolean enabled, boolean locked, List<String> departments) {

        static UserJson of(UserAccount u, Instant now) {
            return new UserJson(u.code(), u.name(), u.email(), u.language().tag(),
                    u.role().name().toLowerCase(Locale.ROOT), u.companyId(), u.enabled(),
                    u.isLocked(now), u.departments());
        }
    }

    /** The new-account form; a missing password is generated and shown once. */
    @Serdeable
    record NewUser(String code, String name, String email, String language, String role,
            String companyId, List<String> departments, String password) {
    }

    /** The edit-account form; absent fields keep their value. */
    @Serdeable
    record UserUpdate(String name, String email, String language, String role, Boolean enabled,
            List<String> departments, String companyId) {
    }

    /** The reset-password form; a missing password is generated. */
    @Serdeable
    record PasswordReset(String password) {
    }

    /** An account just created or reset, with its password when it was generated. */
    @Serdeable
    record WithPassword(UserJson user, String generatedPassword) {
    }

    /** A list of companies, users or audit entries. */
    @Serdeable
    record Items<T>(List<T> items) {
    }

    /** A customer user as the staff directory shows it. */
    @Serdeable
    record Customer(String code, String name) {
    }

    /** One audit line. */
    @Serdeable
    record AuditJson(String at, String actor, String action, String target, String summary) {

        static AuditJson of(AuditEntry a) {
            return new AuditJson(a.at().toString(), a.actor(), a.action(), a.target(),
                    a.summary());
        }
    }
}
