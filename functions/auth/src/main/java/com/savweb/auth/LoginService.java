package com.savweb.auth;

import com.savweb.core.auth.PasswordHasher;
import com.savweb.core.auth.SessionService;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.model.Company;
import com.savweb.core.model.UserAccount;
import com.savweb.core.repository.CompanyRepository;
import com.savweb.core.repository.UserRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a code and password and opens a session.
 *
 * <p>Every failure is the same {@code BAD_CREDENTIALS}: unknown code, wrong password, disabled
 * account or locked account, so an attacker learns nothing about which codes exist. An
 * unknown code costs as much time as a wrong password. After {@link #MAX_FAILURES} failures in a
 * row a code is locked for {@link #LOCK_DURATION}, even for the right password.
 *
 * <p>Known limit: the lock is per code, not per source address; spraying one password over many
 * codes is slowed only by bcrypt and API Gateway throttling.
 */
@Singleton
public class LoginService {

    /** Failed sign-ins in a row that lock a code. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked code stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserRepository users;
    private final CompanyRepository companies;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final Clock clock = Clock.systemUTC();

    /** Wires the repositories and services of the container. */
    public LoginService(UserRepository users, CompanyRepository companies, PasswordHasher hasher,
            SessionService sessions) {
        this.users = users;
        this.companies = companies;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    /**
     * Signs in.
     *
     * @throws SavException {@code BAD_CREDENTIALS} on any failure
     */
    public SessionService.Opened login(String rawCode, String password) {
        String code = normalise(rawCode);
        Optional<UserAccount> found = code.isEmpty() ? Optional.empty() : users.find(code);
        if (found.isEmpty() || password == null || password.isEmpty()) {
            hasher.burnTime();
            throw new SavException(ErrorCode.BAD_CREDENTIALS);
        }
        UserAccount user = found.get();
        Instant now = clock.instant();

        if (user.isLocked(now)) {
            hasher.burnTime();
            throw new SavException(ErrorCode.BAD_CREDENTIALS);
        }
        if (!hasher.matches(password, user.passwordHash())) {
            users.recordFailedLogin(code, MAX_FAILURES, now.plus(LOCK_DURATION));
            throw new SavException(ErrorCode.BAD_CREDENTIALS);
        }
        if (!user.enabled()) {
            throw new SavException(ErrorCode.BAD_CREDENTIALS);
        }

        if (user.failedLogins() > 0 || user.lockedUntil() != null) {
            users.clearFailedLogins(code);
        }
        Company company = user.companyId() == null
                ? null : companies.find(user.companyId()).orElse(null);
        return sessions.open(user, company);
    }

    /** Codes are case-insensitive and stored lower-case. */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }
}
