package com.savweb.local;

import com.savweb.core.auth.PasswordHasher;
import com.savweb.core.model.Company;
import com.savweb.core.model.Language;
import com.savweb.core.model.Role;
import com.savweb.core.model.UserAccount;
import com.savweb.core.repository.CompanyRepository;
import com.savweb.core.repository.SavTable;
import com.savweb.core.repository.UserRepository;
import java.util.List;

/**
 * The demo companies and accounts of the local stack, also used by the tests: ACME Logistique
 * ({@code acme.marie}, {@code acme.paul}), Globex ({@code globex.luc}), the staff agent
 * {@code staff.sophie} and the staff admin {@code admin}, all with one password.
 *
 * <p>Local only: nothing here is ever deployed.
 */
public final class DemoAccounts {

    /** The demo password unless {@code SAV_DEMO_PASSWORD} says otherwise. */
    public static final String DEFAULT_PASSWORD = "demo1234";

    /** ACME Logistique's id. */
    public static final String ACME = "acme";
    /** Globex's id. */
    public static final String GLOBEX = "globex";

    private DemoAccounts() {
    }

    /** The demo password, from {@code SAV_DEMO_PASSWORD} or the default. */
    public static String password() {
        String configured = System.getenv("SAV_DEMO_PASSWORD");
        return configured == null || configured.isBlank() ? DEFAULT_PASSWORD : configured;
    }

    /** Writes the demo companies and accounts, hashing the password at the given bcrypt cost. */
    public static void seed(SavTable table, String password, int bcryptCost) {
        CompanyRepository companies = new CompanyRepository(table);
        UserRepository users = new UserRepository(table);
        String hash = new PasswordHasher(bcryptCost).hash(password);

        companies.create(new Company(ACME, "ACME Logistique",
                List.of("it@acme-logistique.example.com"), Language.FR));
        companies.create(new Company(GLOBEX, "Globex",
                List.of("helpdesk@globex.example.com"), Language.EN));

        users.create(customer("acme.marie", "Marie Dupont", ACME, Language.FR, hash));
        users.create(customer("acme.paul", "Paul Martin", ACME, Language.FR, hash));
        users.create(customer("globex.luc", "Luc Schneider", GLOBEX, Language.EN, hash));
        users.create(new UserAccount("staff.sophie", "Sophie Leroy",
                "sophie.leroy@savweb.example.com", Language.FR, Role.STAFF, null, true, hash, 0,
                null, List.of("materiel", "logiciel", "reseau")));
        users.create(new UserAccount("admin", "Alex Admin", "admin@savweb.example.com",
                Language.EN, Role.ADMIN, null, true, hash, 0, null, List.of()));
    }

    private static UserAccount customer(String code, String name, String companyId,
            Language language, String hash) {
        String email = code.replace('.', '_') + "@" + companyId + ".example.com";
        return new UserAccount(code, name, email, language, Role.CUSTOMER, companyId, true, hash,
                0, null, List.of());
    }
}
