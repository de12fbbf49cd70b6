package com.savweb.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.DemoAccounts;
import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import com.savweb.local.LocalEnvironment;
import com.savweb.local.SamTemplate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auth function, through template.yaml's routes, against the emulator. */
class AuthHandlerTest {

    private static final String PASSWORD = "demo1234";
    private static LocalEnvironment env;

    @BeforeAll
    static void startEnvironment() {
        env = LocalEnvironment.create();
    }

    @AfterAll
    static void stopEnvironment() {
        env.close();
    }

    @BeforeEach
    void freshData() {
        env.provision(true);
        DemoAccounts.seed(env.table(), PASSWORD, 4);
    }

    @Test
    void login_shouldOpenSessionAndReturnProfile_whenCredentialsAreRight() {
        // GIVEN a customer with the right password
        LocalApiClient browser = env.client();

        // WHEN they sign in
        Response login = browser.post("/api/auth/login", credentials("acme.marie", PASSWORD));

        // THEN they get their profile and an HttpOnly, SameSite=Strict session cookie
        assertEquals(200, login.status(), login.body());
        Map<String, Object> profile = json(login);
        assertEquals("acme.marie", profile.get("code"));
        assertEquals("customer", profile.get("role"));
        assertEquals("ACME Logistique", ((Map<?, ?>) profile.get("company")).get("name"));
        String cookie = login.cookies().get(0);
        assertTrue(cookie.startsWith("sav_session="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain-http localhost gets no Secure flag");
        assertEquals(200, browser.get("/api/auth/me").status());
    }

    @Test
    void login_shouldSetSecureCookie_whenReachedOverHttps() {
        // GIVEN a request that came through CloudFront over HTTPS
        LocalApiClient browser = env.client();

        // WHEN signing in
        Response login = browser.send("POST", "/api/auth/login",
                credentials("acme.marie", PASSWORD),
                Map.of("x-forwarded-proto", "https", "host", "sav.example.com"));

        // THEN the cookie is Secure
        assertEquals(200, login.status());
        assertTrue(login.cookies().get(0).contains("; Secure"), login.cookies().get(0));
    }

    @Test
    void login_shouldGiveOneUniformMessage_whenCodeOrPasswordIsWrong() {
        // GIVEN a wrong password, an unknown code, and empty fields
        LocalApiClient browser = env.client();

        // WHEN signing in with each
        Response wrongPassword = browser.post("/api/auth/login",
                credentials("acme.marie", "nope1234"));
        Response unknownCode = browser.post("/api/auth/login", credentials("nobody", PASSWORD));
        Response empty = browser.post("/api/auth/login", credentials("", ""));

        // THEN all three are the same 401 that does not say which field was wrong
        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.body(), unknownCode.body());
        assertEquals(wrongPassword.body(), empty.body());
        assertEquals("bad_credentials", json(wrongPassword).get("error"));
        assertTrue(wrongPassword.cookies().isEmpty());
    }

    @Test
    void login_shouldAnswerInEnglish_whenThePageIsInEnglish() {
        // GIVEN an English page
        LocalApiClient browser = env.client().language("en");

        // WHEN the password is wrong
        Response response = browser.post("/api/auth/login", credentials("acme.marie", "x"));

        // THEN the message is English
        assertEquals("Wrong code or password. Check what you typed and try again.",
                json(response).get("message"));
    }

    @Test
    void login_shouldLockTheCode_afterRepeatedFailures() {
        // GIVEN five wrong passwords in a row
        LocalApiClient browser = env.client();
        for (int i = 0; i < LoginService.MAX_FAILURES; i++) {
            assertEquals(401, browser.post("/api/auth/login",
                    credentials("acme.paul", "wrong" + i)).status());
        }

        // WHEN the right password comes next
        Response response = browser.post("/api/auth/login", credentials("acme.paul", PASSWORD));

        // THEN it is refused like any failure, while other codes still work
        assertEquals(401, response.status());
        assertEquals(200, env.client().post("/api/auth/login",
                credentials("acme.marie", PASSWORD)).status());
    }

    @Test
    void login_shouldRefuse_whenAccountIsDisabled() {
        // GIVEN a disabled account
        var users = new com.savweb.core.repository.UserRepository(env.table());
        var paul = users.find("acme.paul").orElseThrow();
        users.replace(new com.savweb.core.model.UserAccount(paul.code(), paul.name(),
                paul.email(), paul.language(), paul.role(), paul.companyId(), false,
                paul.passwordHash(), 0, null, paul.departments()));

        // WHEN signing in with the right password
        Response response = env.client().post("/api/auth/login",
                credentials("acme.paul", PASSWORD));

        // THEN it is the uniform refusal
        assertEquals(401, response.status());
        assertEquals("bad_credentials", json(response).get("error"));
    }

    @Test
    void me_shouldAnswer401_whenTheSessionHasExpired() {
        // GIVEN a session opened nine hours ago (sessions last eight)
        var table = env.table();
        var users = new com.savweb.core.repository.UserRepository(table);
        var nineHoursAgo = java.time.Clock.fixed(java.time.Instant.now().minus(
                java.time.Duration.ofHours(9)), java.time.ZoneOffset.UTC);
        var oldSessions = new com.savweb.core.auth.SessionService(
                new com.savweb.core.repository.SessionRepository(table), env.settings(),
                nineHoursAgo);
        String token = oldSessions.open(users.find("acme.marie").orElseThrow(), null).token();

        // WHEN the browser uses it
        Response response = env.client().send("GET", "/api/auth/me", null,
                Map.of("cookie", "sav_session=" + token));

        // THEN it is refused as expired
        assertEquals(401, response.status());
        assertEquals("unauthenticated", json(response).get("error"));
    }

    @Test
    void login_shouldAcceptCodeInAnyCase() {
        Response response = env.client().post("/api/auth/login",
                credentials("  ACME.Marie ", PASSWORD));

        assertEquals(200, response.status());
    }

    @Test
    void login_shouldAnswer400_whenBodyIsNotJson() {
        Response response = env.client().post("/api/auth/login", "{not json");

        assertEquals(400, response.status());
        assertEquals("invalid_json", json(response).get("error"));
    }

    @Test
    void me_shouldAnswer401_whenThereIsNoSession() {
        Response response = env.client().get("/api/auth/me");

        assertEquals(401, response.status());
        assertEquals("unauthenticated", json(response).get("error"));
    }

    @Test
    void logout_shouldEndTheSessionServerSide() {
        // GIVEN a signed-in browser whose cookie an attacker copied
        LocalApiClient browser = env.client();
        Response login = browser.post("/api/auth/login", credentials("acme.marie", PASSWORD));
        String csrf = (String) json(login).get("csrfToken");
        String stolenCookie = login.cookies().get(0).split(";")[0];

        // WHEN the user signs out
        Response logout = browser.csrfToken(csrf).post("/api/auth/logout", "{}");

        // THEN the cookie is cleared and the copied cookie no longer works
        assertEquals(204, logout.status());
        assertTrue(logout.cookies().get(0).contains("Max-Age=0"));
        Response replay = env.client().send("GET", "/api/auth/me", null,
                Map.of("cookie", stolenCookie));
        assertEquals(401, replay.status());
    }

    @Test
    void logout_shouldBeRefused_withoutTheCsrfToken() {
        // GIVEN a signed-in browser
        LocalApiClient browser = env.client();
        browser.post("/api/auth/login", credentials("acme.marie", PASSWORD));

        // WHEN a cross-site form tries to sign it out without the CSRF header
        Response response = browser.post("/api/auth/logout", "{}");

        // THEN it is refused and the session lives on
        assertEquals(403, response.status());
        assertEquals(200, browser.get("/api/auth/me").status());
    }

    static String credentials(String code, String password) {
        return "{\"code\":\"" + code + "\",\"password\":\"" + password + "\"}";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Response response) {
        return (Map<String, Object>) SamTemplate.parseFragment(response.body());
    }
}
