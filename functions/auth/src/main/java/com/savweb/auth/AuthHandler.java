package com.savweb.auth;

import com.savweb.core.auth.SessionService;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.http.ApiHandler;
import com.savweb.core.http.ApiRequest;
import com.savweb.core.http.ApiResponse;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;

/**
 * The auth function: {@code POST /api/auth/login}, {@code GET /api/auth/me} and
 * {@code POST /api/auth/logout}.
 *
 * <p>The session cookie is HttpOnly, SameSite=Strict, limited to {@code /api}, and Secure except
 * when the browser talks plain HTTP to localhost (the local stack).
 */
public class AuthHandler extends ApiHandler {

    @Inject
    LoginService login;

    /** The sign-in form. */
    @Serdeable
    public record Credentials(String code, String password) {
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.route()) {
            case "POST /api/auth/login" -> login(request);
            case "GET /api/auth/me" -> ApiResponse.ok(Profile.of(authenticate(request)));
            case "POST /api/auth/logout" -> logout(request);
            default -> throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        };
    }

    private ApiResponse login(ApiRequest request) {
        Credentials credentials = request.bodyAs(Credentials.class);

        SessionService.Opened opened = login.login(credentials.code(), credentials.password());

        long maxAge = opened.session().expiresAt().getEpochSecond()
                - opened.session().createdAt().getEpochSecond();
        return ApiResponse.ok(Profile.of(opened.session().caller()))
                .cookie(sessionCookie(request, opened.token(), maxAge));
    }

    private ApiResponse logout(ApiRequest request) {
        String token = request.cookie(SessionService.COOKIE);
        try {
            authenticate(request);
            sessions.close(token);
        } catch (SavException e) {
            if (e.code() == ErrorCode.CSRF_REJECTED) {
                throw e;
            }
            // No valid session: signing out is already done.
        }
        return ApiResponse.noContent().cookie(sessionCookie(request, "", 0));
    }

    private static String sessionCookie(ApiRequest request, String value, long maxAgeSeconds) {
        return SessionService.COOKIE + "=" + value
                + "; Path=/api; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict"
                + (request.isLocalPlainHttp() ? "" : "; Secure");
    }
}
