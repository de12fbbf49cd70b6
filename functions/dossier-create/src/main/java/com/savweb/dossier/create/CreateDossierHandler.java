package com.savweb.dossier.create;

import com.savweb.core.api.DossierJson;
import com.savweb.core.config.Catalogue;
import com.savweb.core.config.SavClock;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.http.ApiHandler;
import com.savweb.core.http.ApiRequest;
import com.savweb.core.http.ApiResponse;
import com.savweb.core.http.Validation;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Company;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.DossierState;
import com.savweb.core.model.HistoryEntry;
import com.savweb.core.model.Role;
import com.savweb.core.model.UserAccount;
import com.savweb.core.model.Visibility;
import com.savweb.core.notification.NotificationKind;
import com.savweb.core.notification.OutboxEvent;
import com.savweb.core.repository.CompanyRepository;
import com.savweb.core.repository.DossierRepository;
import com.savweb.core.repository.IdempotencyRecord;
import com.savweb.core.repository.IdempotencyRepository;
import com.savweb.core.repository.UserRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The create-dossier function: {@code POST /api/dossiers} opens a dossier in state {@code E}
 * and answers its recap with its number; {@code GET /api/catalogue} serves the departments,
 * urgency levels, example and service-desk contact (public: the sign-in page shows the contact).
 *
 * <p>A customer opens dossiers for themself; staff open them on behalf of a customer user, who
 * is then notified as if they had opened it. A request repeated with the same
 * {@code Idempotency-Key} header (1 to 100 letters, digits, {@code -} or {@code _}) within 24
 * hours answers the dossier the first one created.
 */
public class CreateDossierHandler extends ApiHandler {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    @Inject
    Catalogue catalogue;

    @Inject
    DossierRepository dossiers;

    @Inject
    IdempotencyRepository idempotency;

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    SavClock clock;

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.route()) {
            case "POST /api/dossiers" -> create(request);
            case "GET /api/catalogue" -> ApiResponse.ok(catalogue.content())
                    .header("Cache-Control", "public, max-age=300");
            default -> throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        };
    }

    private ApiResponse create(ApiRequest request) {
        Caller caller = authenticate(request);
        NewDossier form = request.bodyAs(NewDossier.class);
        String key = idempotencyKey(request);
        validate(form, caller);

        if (key != null) {
            Optional<String> earlier = idempotency.findNumber(caller.code(), key);
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }
        Requester requester = requester(caller, form);

        Instant now = clock.now();
        String number = dossiers.nextNumber();
        Dossier dossier = new Dossier(number, requester.companyId(), requester.companyName(),
                form.department(), form.urgency(), form.subject().trim(),
                form.description().trim(), DossierState.E, caller.code(), caller.name(),
                requester.code(), requester.name(), now, now, 1);
        HistoryEntry created = new HistoryEntry(now, null, DossierState.E, caller.code(),
                caller.name(), caller.role(), null, Visibility.PUBLIC);
        OutboxEvent notification = new OutboxEvent(NotificationKind.DOSSIER_CREATED, number,
                caller.code(), caller.name(), null, DossierState.E, null);
        IdempotencyRecord record = key == null
                ? null : new IdempotencyRecord(caller.code(), key, number, now);

        if (!dossiers.create(dossier, created, List.of(notification), record)) {
            // A concurrent retry with the same key won the race: answer what it created.
            return replay(idempotency.findNumber(caller.code(), key).orElseThrow());
        }
        return ApiResponse.created("/api/dossiers/" + number, DossierJson.of(dossier));
    }

    private ApiResponse replay(String number) {
        Dossier dossier = dossiers.find(number)
                .orElseThrow(() -> new SavException(ErrorCode.NOT_FOUND));
        return ApiResponse.created("/api/dossiers/" + number, DossierJson.of(dossier))
                .header("Idempotent-Replayed", "true");
    }

    private void validate(NewDossier form, Caller caller) {
        Validation validation = new Validation();
        if (form.department() == null || form.department().isBlank()) {
            validation.fail("department", "error.field.required", "department");
        } else if (catalogue.department(form.department()).isEmpty()) {
            validation.fail("department", "error.field.unknown_department", form.department());
        }
        if (form.urgency() == null || form.urgency().isBlank()) {
            validation.fail("urgency", "error.field.required", "urgency");
        } else if (catalogue.urgency(form.urgency()).isEmpty()) {
            validation.fail("urgency", "error.field.unknown_urgency", form.urgency());
        }
        validation.text("subject", form.subject(), NewDossier.SUBJECT_MAX)
                .text("description", form.description(), NewDossier.DESCRIPTION_MAX);
        if (caller.isStaff() && (form.requester() == null || form.requester().isBlank())) {
            validation.fail("requester", "error.field.required", "requester");
        }
        validation.check();
    }

    /** The customer user a dossier is opened for, with their company. */
    private record Requester(String code, String name, String companyId, String companyName) {
    }

    private Requester requester(Caller caller, NewDossier form) {
        if (!caller.isStaff()) {
            // A customer always opens for themself, whatever the form says; their session
            // already holds who they are, so the hot path reads nothing more.
            return new Requester(caller.code(), caller.name(), caller.companyId(),
                    caller.companyName());
        }
        String code = form.requester().trim().toLowerCase(Locale.ROOT);
        UserAccount user = users.find(code)
                .orElseThrow(() -> new SavException(ErrorCode.VALIDATION_FAILED,
                        "error.field.unknown_user", List.of("requester"), code));
        if (user.role() != Role.CUSTOMER || !user.enabled()) {
            throw new SavException(ErrorCode.VALIDATION_FAILED, "error.user.not_customer",
                    List.of("requester"));
        }
        Company company = companies.find(user.companyId())
                .orElseThrow(() -> SavException.of(ErrorCode.VALIDATION_FAILED,
                        "error.company.not_found"));
        return new Requester(user.code(), user.name(), company.id(), company.name());
    }

    private static String idempotencyKey(ApiRequest request) {
        String key = request.header("idempotency-key");
        if (key == null) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new SavException(ErrorCode.VALIDATION_FAILED, "error.field.invalid",
                    List.of("Idempotency-Key"), "Idempotency-Key");
        }
        return key;
    }
}
