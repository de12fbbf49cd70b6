package com.savweb.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.savweb.local.LocalApiClient;
import com.savweb.local.LocalApiClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff administration of companies and accounts, and its audit trail. */
class AccountsTest extends PortalTest {

    @Test
    void admin_shouldCreateACompanyAndAUserWhoCanThenSignIn() {
        // GIVEN the staff admin
        LocalApiClient admin = signedIn("admin");

        // WHEN they create a company and a customer user with a generated password
        Response company = admin.post("/api/admin/companies", "{\"id\":\"initech\","
                + "\"name\":\"Initech\",\"contactEmails\":[\"it@initech.example.com\"],"
                + "\"language\":\"en\"}");
        Response user = admin.post("/api/admin/users", "{\"code\":\"Initech.Peter\","
                + "\"name\":\"Peter Gibbons\",\"email\":\"peter@initech.example.com\","
                + "\"language\":\"en\",\"role\":\"customer\",\"companyId\":\"initech\"}");

        // THEN the password is shown once and lets Peter sign in to his company
        assertEquals(201, company.status(), company.body());
        assertEquals(201, user.status(), user.body());
        String password = (String) json(user).get("generatedPassword");
        assertEquals(12, password.length());
        LocalApiClient peter = env.client();
        Response login = peter.login("initech.peter", password);
        assertEquals("Initech", ((Map<?, ?>) json(login).get("company")).get("name"));
        assertEquals(1, items(admin.get("/api/admin/users?company=initech")).size());
        assertEquals(List.of("acme", "globex", "initech"), items(admin.get(
                "/api/admin/companies")).stream().map(c -> c.get("id")).toList());
    }

    @Test
    void admin_shouldRefuseWeakPasswordsAndTakenCodes() {
        LocalApiClient admin = signedIn("admin");

        Response weak = admin.post("/api/admin/users", "{\"code\":\"acme.jean\","
                + "\"name\":\"Jean\",\"role\":\"customer\",\"companyId\":\"acme\","
                + "\"password\":\"motdepasse\"}");
        Response containsCode = admin.post("/api/admin/users", "{\"code\":\"acme.jean\","
                + "\"name\":\"Jean\",\"role\":\"customer\",\"companyId\":\"acme\","
                + "\"password\":\"acme.jean42\"}");
        Response taken = admin.post("/api/admin/users", "{\"code\":\"acme.marie\","
                + "\"name\":\"Marie bis\",\"role\":\"customer\",\"companyId\":\"acme\"}");
        Response noCompany = admin.post("/api/admin/users", "{\"code\":\"x.y\","
                + "\"name\":\"X\",\"role\":\"customer\",\"companyId\":\"nowhere\"}");

        assertEquals(400, weak.status());
        assertEquals(List.of("password"), json(weak).get("details"));
        assertEquals(400, containsCode.status());
        assertEquals(409, taken.status());
        assertEquals(400, noCompany.status());
        assertEquals("Marie Dupont", json(signedIn("acme.marie").get("/api/auth/me"))
                .get("name"));
    }

    @Test
    void disablingAnAccount_shouldEndItsSessionsAndRefuseItsSignIn_untilReenabled() {
        // GIVEN Paul is signed in
        LocalApiClient paul = signedIn("acme.paul");
        LocalApiClient admin = signedIn("admin");

        // WHEN the admin disables him
        Response disabled = admin.post("/api/admin/users/acme.paul", "{\"enabled\":false}");

        // THEN his session is over and he cannot sign in, until he is enabled again
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, paul.get("/api/auth/me").status());
        assertEquals(401, env.client().post("/api/auth/login",
                "{\"code\":\"acme.paul\",\"password\":\"" + PASSWORD + "\"}").status());
        admin.post("/api/admin/users/acme.paul", "{\"enabled\":true}");
        assertEquals(200, signedIn("acme.paul").get("/api/auth/me").status());
    }

    @Test
    void resettingAPassword_shouldReplaceTheOldOne() {
        LocalApiClient admin = signedIn("admin");

        Response reset = admin.post("/api/admin/users/acme.marie/password", "{}");

        assertEquals(200, reset.status(), reset.body());
        String password = (String) json(reset).get("generatedPassword");
        assertEquals(401, env.client().post("/api/auth/login",
                "{\"code\":\"acme.marie\",\"password\":\"" + PASSWORD + "\"}").status());
        assertEquals(200, env.client().login("acme.marie", password).status());
        Response chosen = admin.post("/api/admin/users/acme.marie/password",
                "{\"password\":\"Nouveau2027\"}");
        assertNull(json(chosen).get("generatedPassword"));
    }

    @Test
    void admins_shouldNotDemoteOrDisableThemselves_andAgentsNotPromoteThemselves() {
        LocalApiClient admin = signedIn("admin");

        Response demote = admin.post("/api/admin/users/admin", "{\"role\":\"staff\"}");
        Response disable = admin.post("/api/admin/users/admin", "{\"enabled\":false}");
        Response promote = signedIn("staff.sophie").post("/api/admin/users/staff.sophie",
                "{\"role\":\"admin\"}");

        assertEquals(403, demote.status());
        assertEquals(403, disable.status());
        assertEquals(403, promote.status());
        assertEquals("staff", json(signedIn("staff.sophie").get("/api/auth/me")).get("role"));
    }

    @Test
    void everyAdminAction_shouldBeInTheAuditTrail_withWhoWhatAndWhen() {
        LocalApiClient admin = signedIn("admin");
        admin.post("/api/admin/companies", "{\"id\":\"umbrella\",\"name\":\"Umbrella\"}");
        admin.post("/api/admin/users/acme.paul", "{\"enabled\":false}");
        admin.post("/api/admin/users/acme.marie/password", "{}");

        List<Map<String, Object>> audit = items(admin.get("/api/admin/audit"));

        assertEquals(List.of("user.password", "user.disable", "company.create"),
                audit.stream().map(a -> a.get("action")).toList());
        assertTrue(audit.stream().allMatch(a -> "admin".equals(a.get("actor"))));
        assertTrue(audit.stream().allMatch(a -> a.get("at") instanceof String));
        assertFalse(admin.get("/api/admin/audit").body().contains("passwordHash"));
    }
}
