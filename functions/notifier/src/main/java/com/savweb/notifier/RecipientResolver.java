package com.savweb.notifier;

import com.savweb.core.config.SavSettings;
import com.savweb.core.model.Company;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.Language;
import com.savweb.core.model.UserAccount;
import com.savweb.core.notification.NotificationKind;
import com.savweb.core.repository.CompanyRepository;
import com.savweb.core.repository.UserRepository;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides who is mailed for an event (see {@link NotificationKind}).
 *
 * <p>The customer side is the customer user the dossier is for, in their language; when that
 * user has no address or is disabled, the company's contact addresses in the company's
 * language. The staff side is the department's mailbox, in French (the desk's language).
 */
@Singleton
public class RecipientResolver {

    private final UserRepository users;
    private final CompanyRepository companies;
    private final SavSettings settings;

    /** Uses the container's repositories and settings. */
    public RecipientResolver(UserRepository users, CompanyRepository companies,
            SavSettings settings) {
        this.users = users;
        this.companies = companies;
        this.settings = settings;
    }

    /** Everyone to mail about {@code kind} on {@code dossier}. */
    public List<Recipient> resolve(NotificationKind kind, Dossier dossier) {
        List<Recipient> recipients = new ArrayList<>();
        switch (kind) {
            case DOSSIER_CREATED -> {
                recipients.addAll(customerSide(dossier));
                recipients.add(departmentSide(dossier));
            }
            case STATE_CHANGED, STAFF_REPLY -> recipients.addAll(customerSide(dossier));
            case CUSTOMER_COMPLEMENT, RELANCE -> recipients.add(departmentSide(dossier));
            default -> {
                // A kind added later without recipients mails nobody.
            }
        }
        return recipients;
    }

    private List<Recipient> customerSide(Dossier dossier) {
        Optional<UserAccount> requester = users.find(dossier.requester());
        if (requester.isPresent() && requester.get().enabled()
                && requester.get().email() != null && !requester.get().email().isBlank()) {
            return List.of(new Recipient(requester.get().email(), requester.get().language(),
                    false));
        }
        Optional<Company> company = companies.find(dossier.companyId());
        if (company.isEmpty()) {
            return List.of();
        }
        return company.get().contactEmails().stream()
                .map(email -> new Recipient(email, company.get().language(), false))
                .toList();
    }

    private Recipient departmentSide(Dossier dossier) {
        return new Recipient(settings.mailboxOf(dossier.department()), Language.FR, true);
    }
}
