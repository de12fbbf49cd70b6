package com.savweb.core.auth;

import com.savweb.core.config.SavSettings;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Company;
import com.savweb.core.model.Session;
import com.savweb.core.model.UserAccount;
import com.savweb.core.repository.SessionRepository;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opens, checks and ends sessions. Every function authenticates its caller through this class.
 *
 * <p>A session token is 32 random bytes, sent to the browser once in an HttpOnly cookie and
 * stored only as its SHA-256. A second random value, the CSRF token, is given to the page and
 * must come back in the {@code X-CSRF-Token} header of every state-changing request.
 * Sessions expire {@link SavSettings#sessionLifetime()} after sign-in.
 */
@Singleton
public class SessionService {

    /** The cookie that carries the session token. */
    public static final String COOKIE = "sav_session";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRepository sessions;
    private final SavSettings settings;
    private final Clock clock;

    /** Uses the system clock. */
    @Inject
    public SessionService(SessionRepository sessions, SavSettings settings) {
        this(sessions, settings, Clock.systemUTC());
    }

    /** Uses the given clock (tests move it forward to expire sessions). */
    public SessionService(SessionRepository sessions, SavSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /** A freshly opened session and the token to hand to the browser. */
    public record Opened(String token, Session session) {
    }

    /** Opens a session for a user who just proved their password. */
    public Opened open(UserAccount user, Company company) {
        String token = randomToken();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Session session = new Session(
                hash(token),
                user.code(),
                user.name(),
                user.role(),
                user.companyId(),
                company == null ? null : company.name(),
                user.language(),
                randomToken(),
                now,
                now.plus(settings.sessionLifetime()));
        sessions.save(session);
        return new Opened(token, session);
    }

    /**
     * The caller behind a session token.
     *
     * @throws SavException {@code UNAUTHENTICATED} if the token is missing, unknown or expired
     */
    public Caller authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw new SavException(ErrorCode.UNAUTHENTICATED);
        }
        Session session = sessions.find(hash(token))
                .filter(found -> found.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new SavException(ErrorCode.UNAUTHENTICATED));
        return session.caller();
    }

    /** Ends the session of this token, if any. */
    public void close(String token) {
        if (token != null && !token.isBlank()) {
            sessions.delete(hash(token));
        }
    }

    /** Whether {@code presented} is the caller's CSRF token, compared in constant time. */
    public static boolean csrfMatches(Caller caller, String presented) {
        if (presented == null || caller.csrfToken() == null) {
            return false;
        }
        return MessageDigest.isEqual(caller.csrfToken().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
