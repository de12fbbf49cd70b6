package com.savweb.dossier.complement;

import com.savweb.core.api.DossierJson;
import com.savweb.core.auth.DossierAccess;
import com.savweb.core.config.SavClock;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.http.ApiHandler;
import com.savweb.core.http.ApiRequest;
import com.savweb.core.http.ApiResponse;
import com.savweb.core.http.Validation;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Complement;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.DossierState;
import com.savweb.core.model.HistoryEntry;
import com.savweb.core.model.Visibility;
import com.savweb.core.notification.NotificationKind;
import com.savweb.core.notification.OutboxEvent;
import com.savweb.core.repository.DossierRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The complement function: {@code POST /api/dossiers/{number}/complements}.
 *
 * <p>A customer adds a complément d'information to an open dossier of their company (a closed
 * one is read-only: 409); an answer on {@code ATC} moves the dossier back to {@code L}, recorded
 * in its history, and the department is mailed. Staff add a public reply (mailed to the
 * customer) or an internal note (never shown or mailed to a customer), on any dossier.
 *
 * <p>Compléments never overwrite each other: each is its own item, and when a concurrent change
 * moved the dossier first, the complément is re-applied to the new state (up to
 * {@link #ATTEMPTS} times).
 */
public class AddComplementHandler extends ApiHandler {

    /** The longest complément. */
    public static final int TEXT_MAX = 8000;
    /** How many times a complément is tried against concurrent changes. */
    static final int ATTEMPTS = 8;

    @Inject
    DossierAccess access;

    @Inject
    DossierRepository dossiers;

    @Inject
    SavClock clock;

    /** The form: the text and, for staff, {@code public} or {@code internal}. */
    @Serdeable
    public record NewComplement(String text, String visibility) {
    }

    /** The answer: the complément as stored and the dossier after it. */
    @Serdeable
    public record Added(String id, String at, String visibility, DossierJson dossier) {
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        if (!"POST /api/dossiers/{number}/complements".equals(request.route())) {
            throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        }
        Caller caller = authenticate(request);
        String number = request.pathParameter("number");
        NewComplement form = request.bodyAs(NewComplement.class);
        Visibility visibility = visibility(form, caller);

        for (int attempt = 1; ; attempt++) {
            try {
                return add(caller, number, form.text().trim(), visibility);
            } catch (SavException e) {
                if (e.code() != ErrorCode.CONCURRENT_CHANGE || attempt >= ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private ApiResponse add(Caller caller, String number, String text, Visibility visibility) {
        Dossier before = access.find(caller, number);
        if (!caller.isStaff() && !before.state().isOpen()) {
            throw new SavException(ErrorCode.DOSSIER_CLOSED);
        }

        Instant now = clock.now();
        Complement complement = new Complement(UUID.randomUUID().toString().substring(0, 8), now,
                caller.code(), caller.name(), caller.role(), text, visibility);
        boolean answersAtc = !caller.isStaff() && before.state() == DossierState.ATC;
        Dossier after = answersAtc ? before.movedTo(DossierState.L, now) : before.touched(now);
        HistoryEntry history = answersAtc
                ? new HistoryEntry(now, DossierState.ATC, DossierState.L, caller.code(),
                        caller.name(), caller.role(), null, Visibility.PUBLIC)
                : null;

        dossiers.update(before, after, history, complement, notifications(caller, after,
                before.state(), visibility, text));

        return ApiResponse.created("/api/dossiers/" + number, new Added(complement.id(),
                now.toString(), visibility.name(), DossierJson.of(after)));
    }

    private static List<OutboxEvent> notifications(Caller caller, Dossier after,
            DossierState before, Visibility visibility, String text) {
        if (!caller.isStaff()) {
            return List.of(new OutboxEvent(NotificationKind.CUSTOMER_COMPLEMENT, after.number(),
                    caller.code(), caller.name(), before, after.state(), text));
        }
        if (visibility == Visibility.PUBLIC) {
            return List.of(new OutboxEvent(NotificationKind.STAFF_REPLY, after.number(),
                    caller.code(), caller.name(), before, after.state(), text));
        }
        return List.of();
    }

    private static Visibility visibility(NewComplement form, Caller caller) {
        Validation validation = new Validation().text("text", form.text(), TEXT_MAX);
        String asked = form.visibility() == null
                ? "public" : form.visibility().toLowerCase(Locale.ROOT);
        if (!asked.equals("public") && !asked.equals("internal")) {
            validation.fail("visibility", "error.field.invalid", "visibility");
        }
        validation.check();
        if (asked.equals("internal") && !caller.isStaff()) {
            throw new SavException(ErrorCode.FORBIDDEN);
        }
        return asked.equals("internal") ? Visibility.INTERNAL : Visibility.PUBLIC;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SavException(ErrorCode.CONCURRENT_CHANGE);
        }
    }
}
