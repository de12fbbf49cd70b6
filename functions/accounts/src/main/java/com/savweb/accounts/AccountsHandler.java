package com.savweb.accounts;

import com.savweb.accounts.AccountsJson.AuditJson;
import com.savweb.accounts.AccountsJson.CompanyJson;
import com.savweb.accounts.AccountsJson.Items;
import com.savweb.accounts.AccountsJson.NewUser;
import com.savweb.accounts.AccountsJson.PasswordReset;
import com.savweb.accounts.AccountsJson.UserJson;
import com.savweb.accounts.AccountsJson.UserUpdate;
import com.savweb.accounts.AccountsJson.WithPassword;
import com.savweb.core.auth.PasswordHasher;
import com.savweb.core.auth.PasswordPolicy;
import com.savweb.core.config.Catalogue;
import com.savweb.core.config.SavClock;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.http.ApiHandler;
import com.savweb.core.http.ApiRequest;
import com.savweb.core.http.ApiResponse;
import com.savweb.core.http.Validation;
import com.savweb.core.model.AuditEntry;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Company;
import com.savweb.core.model.Language;
import com.savweb.core.model.Role;
import com.savweb.core.model.UserAccount;
import com.savweb.core.repository.AccountsRepository;
import com.savweb.core.repository.CompanyRepository;
import com.savweb.core.repository.SessionRepository;
import com.savweb.core.repository.UserRepository;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The accounts function: staff admins create and edit customer companies and accounts, reset
 * passwords, disable and re-enable accounts, and read the audit trail of all of it. Every
 * {@code /api/admin} route answers 403 to anyone but a staff admin; an admin cannot change their
 * own role or disable themself. Every change is written together with its audit entry. The two
 * {@code /api/staff} routes let any staff member pick a company and customer user.
 *
 * <p>A generated password is returned once in the response and never stored in clear.
 * Disabling an account or resetting its password also ends its open sessions.
 */
public class AccountsHandler extends ApiHandler {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern COMPANY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile(
            "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
    private static final String PASSWORD_ALPHABET =
            "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String PASSWORD_DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountsRepository accounts;

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    SessionRepository sessionStore;

    @Inject
    PasswordHasher hasher;

    @Inject
    Catalogue catalogue;

    @Inject
    SavClock clock;

    @Override
    protected ApiResponse handle(ApiRequest request) {
        if (request.route().startsWith("GET /api/staff/")) {
            return directory(request);
        }
        Caller admin = authenticate(request);
        if (admin.role() != Role.ADMIN) {
            throw new SavException(ErrorCode.FORBIDDEN);
        }
        return switch (request.route()) {
            case "GET /api/admin/companies" -> ApiResponse.ok(new Items<>(
                    companies.list().stream().map(CompanyJson::of).toList()));
            case "POST /api/admin/companies" -> createCompany(admin, request);
            case "POST /api/admin/companies/{id}" -> updateCompany(admin, request);
            case "GET /api/admin/users" -> listUsers(request);
            case "POST /api/admin/users" -> createUser(admin, request);
            case "POST /api/admin/users/{code}" -> updateUser(admin, request);
            case "POST /api/admin/users/{code}/password" -> resetPassword(admin, request);
            case "GET /api/admin/audit" -> ApiResponse.ok(new Items<>(
                    accounts.recentAudit(clock.now(), 200).stream().map(AuditJson::of)
                            .toList()));
            default -> throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        };
    }

    /**
     * What every staff member may read to open a dossier on a customer's behalf: the companies,
     * and the enabled customer users of one company (codes and names only).
     */
    private ApiResponse directory(ApiRequest request) {
        authenticateStaff(request);
        return switch (request.route()) {
            case "GET /api/staff/companies" -> ApiResponse.ok(new Items<>(
                    companies.list().stream().map(CompanyJson::of).toList()));
            case "GET /api/staff/customers" -> {
                String company = request.queryParameter("company");
                new Validation().text("company", company, 40).check();
                yield ApiResponse.ok(new Items<>(users.listByCompany(company).stream()
                        .filter(UserAccount::enabled)
                        .map(u -> new AccountsJson.Customer(u.code(), u.name()))
                        .toList()));
            }
            default -> throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        };
    }

    private ApiResponse createCompany(Caller admin, ApiRequest request) {
        CompanyJson form = request.bodyAs(CompanyJson.class);
        Validation validation = new Validation();
        if (form.id() == null || !COMPANY_ID.matcher(form.id()).matches()) {
            validation.fail("id", "error.field.invalid", "id");
        }
        Company company = validCompany(form.id(), form, validation);

        if (!accounts.createCompany(company, audit(admin, "company.create", company.id(),
                company.name()))) {
            throw SavException.of(ErrorCode.CONFLICT, "error.code.taken");
        }
        return ApiResponse.created("/api/admin/companies/" + company.id(),
                CompanyJson.of(company));
    }

    private ApiResponse updateCompany(Caller admin, ApiRequest request) {
        String id = request.pathParameter("id");
        CompanyJson form = request.bodyAs(CompanyJson.class);
        Company company = validCompany(id, form, new Validation());

        if (!accounts.replaceCompany(company, audit(admin, "company.update", id,
                company.name()))) {
            throw SavException.of(ErrorCode.NOT_FOUND, "error.company.not_found");
        }
        return ApiResponse.ok(CompanyJson.of(company));
    }

    private Company validCompany(String id, CompanyJson form, Validation validation) {
        validation.text("name", form.name(), 120);
        List<String> emails = form.contactEmails() == null ? List.of() : form.contactEmails();
        if (emails.size() > 10 || emails.stream().anyMatch(e -> !EMAIL.matcher(e).matches())) {
            validation.fail("contactEmails", "error.field.invalid", "contactEmails");
        }
        Language language = language(form.language(), validation);
        validation.check();
        return new Company(id, form.name().trim(), List.copyOf(emails), language);
    }

    private ApiResponse listUsers(ApiRequest request) {
        String company = request.queryParameter("company");
        List<UserAccount> found = company == null || company.isBlank()
                ? users.listStaff() : users.listByCompany(company);
        Instant now = clock.now();
        return ApiResponse.ok(new Items<>(found.stream().map(u -> UserJson.of(u, now)).toList()));
    }

    private ApiResponse createUser(Caller admin, ApiRequest request) {
        NewUser form = request.bodyAs(NewUser.class);
        String code = form.code() == null ? "" : form.code().trim().toLowerCase(Locale.ROOT);
        Validation validation = new Validation();
        if (!CODE.matcher(code).matches()) {
            validation.fail("code", "error.field.invalid", "code");
        }
        Role role = role(form.role(), validation);
        UserAccount draft = validUser(code, form.name(), form.email(), form.language(), role,
                form.companyId(), form.departments(), true, validation);
        boolean generated = form.password() == null || form.password().isEmpty();
        String password = generated ? generatePassword() : form.password();
        if (!PasswordPolicy.isAcceptable(password, code)) {
            validation.fail("password", "error.password.weak");
        }
        validation.check();

        UserAccount user = withPassword(draft, hasher.hash(password));
        if (!accounts.createUser(user, audit(admin, "user.create", code,
                user.role().name().toLowerCase(Locale.ROOT) + " " + user.name()))) {
            throw new SavException(ErrorCode.CONFLICT, "error.code.taken", List.of("code"));
        }
        return ApiResponse.created("/api/admin/users/" + code, new WithPassword(
                UserJson.of(user, clock.now()), generated ? password : null));
    }

    private ApiResponse updateUser(Caller admin, ApiRequest request) {
        String code = request.pathParameter("code");
        UserUpdate form = request.bodyAs(UserUpdate.class);
        UserAccount current = users.find(code)
                .orElseThrow(() -> SavException.of(ErrorCode.NOT_FOUND, "error.user.not_found"));
        Validation validation = new Validation();
        Role role = form.role() == null ? current.role() : role(form.role(), validation);
        boolean enabled = form.enabled() == null ? current.enabled() : form.enabled();
        if (code.equals(admin.code()) && (role != current.role() || !enabled)) {
            throw SavException.of(ErrorCode.FORBIDDEN, "error.admin.self");
        }
        UserAccount updated = validUser(code,
                valueOr(form.name(), current.name()),
                valueOr(form.email(), current.email()),
                valueOr(form.language(), current.language().tag()),
                role,
                form.companyId() == null ? current.companyId() : form.companyId(),
                form.departments() == null ? current.departments() : form.departments(),
                enabled, validation);
        validation.check();

        UserAccount user = new UserAccount(code, updated.name(), updated.email(),
                updated.language(), updated.role(), updated.companyId(), enabled,
                current.passwordHash(), current.failedLogins(), current.lockedUntil(),
                updated.departments());
        String action = current.enabled() == enabled ? "user.update"
                : enabled ? "user.enable" : "user.disable";
        if (!accounts.replaceUser(user, audit(admin, action, code, summary(current, user)))) {
            throw SavException.of(ErrorCode.NOT_FOUND, "error.user.not_found");
        }
        if (!enabled) {
            sessionStore.deleteAllOf(code);
        }
        return ApiResponse.ok(UserJson.of(user, clock.now()));
    }

    private ApiResponse resetPassword(Caller admin, ApiRequest request) {
        String code = request.pathParameter("code");
        PasswordReset form = request.bodyAs(PasswordReset.class);
        UserAccount current = users.find(code)
                .orElseThrow(() -> SavException.of(ErrorCode.NOT_FOUND, "error.user.not_found"));
        boolean generated = form.password() == null || form.password().isEmpty();
        String password = generated ? generatePassword() : form.password();
        if (!PasswordPolicy.isAcceptable(password, code)) {
            throw new SavException(ErrorCode.VALIDATION_FAILED, "error.password.weak",
                    List.of("password"));
        }

        // A reset also lifts a lock from failed sign-ins.
        UserAccount user = new UserAccount(code, current.name(), current.email(),
                current.language(), current.role(), current.companyId(), current.enabled(),
                hasher.hash(password), 0, null, current.departments());
        if (!accounts.replaceUser(user, audit(admin, "user.password", code,
                generated ? "generated" : "set by admin"))) {
            throw SavException.of(ErrorCode.NOT_FOUND, "error.user.not_found");
        }
        sessionStore.deleteAllOf(code);
        return ApiResponse.ok(new WithPassword(UserJson.of(user, clock.now()),
                generated ? password : null));
    }

    private UserAccount validUser(String code, String name, String email, String language,
            Role role, String companyId, List<String> departments, boolean enabled,
            Validation validation) {
        validation.text("name", name, 120);
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            validation.fail("email", "error.field.invalid", "email");
        }
        Language lang = language(language, validation);
        List<String> depts = departments == null ? List.of() : List.copyOf(departments);
        if (depts.stream().anyMatch(d -> catalogue.department(d).isEmpty())) {
            validation.fail("departments", "error.field.invalid", "departments");
        }
        String company = null;
        if (role == Role.CUSTOMER) {
            if (companyId == null || companies.find(companyId).isEmpty()) {
                validation.fail("companyId", "error.company.not_found");
            }
            company = companyId;
            depts = List.of();
        }
        return new UserAccount(code, name == null ? null : name.trim(),
                email == null || email.isBlank() ? null : email.trim(), lang, role, company,
                enabled, null, 0, null, depts);
    }

    private static UserAccount withPassword(UserAccount u, String hash) {
        return new UserAccount(u.code(), u.name(), u.email(), u.language(), u.role(),
                u.companyId(), u.enabled(), hash, 0, null, u.departments());
    }

    private static Role role(String value, Validation validation) {
        if (value != null) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(value)) {
                    return role;
                }
            }
        }
        validation.fail("role", "error.field.invalid", "role");
        return Role.CUSTOMER;
    }

    private static Language language(String value, Validation validation) {
        Language language = value == null ? Language.FR : Language.parseOrNull(value);
        if (language == null) {
            validation.fail("language", "error.field.invalid", "language");
            return Language.FR;
        }
        return language;
    }

    private AuditEntry audit(Caller admin, String action, String target, String summary) {
        return new AuditEntry(clock.now(), admin.code(), action, target, summary);
    }

    private static String summary(UserAccount before, UserAccount after) {
        StringBuilder changes = new StringBuilder();
        if (before.role() != after.role()) {
            changes.append("role ").append(before.role()).append("→").append(after.role())
                    .append("; ");
        }
        if (before.enabled() != after.enabled()) {
            changes.append(after.enabled() ? "enabled; " : "disabled; ");
        }
        if (!String.valueOf(before.name()).equals(after.name())) {
            changes.append("name; ");
        }
        if (!String.valueOf(before.email()).equals(String.valueOf(after.email()))) {
            changes.append("email; ");
        }
        return changes.isEmpty() ? "no change" : changes.toString().trim();
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        for (int i = 0; i < 2; i++) {
            password.append(PASSWORD_DIGITS.charAt(RANDOM.nextInt(PASSWORD_DIGITS.length())));
        }
        return password.toString();
    }
}
