package com.savweb.dossier.state;

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

/**
 * The state-change function: {@code POST /api/dossiers/{number}/state}.
 *
 * <p>Staff move a dossier as {@link DossierState#staffMayMoveTo} allows, including reopening
 * ({@code C} to {@code L}), with an optional comment that is public (shown and mailed to the
 * customer) or internal. A customer may only chase ("relancer") an open dossier of their
 * company ({@code R}); the department is mailed. Any other move is a 409 (or 403 for a customer
 * asking for a staff-only state).
 *
 * <p>Changes are optimistic: the write succeeds only if the dossier is still at the version that
 * was read, or at {@code expectedVersion} when the client sends the version it displayed. Of two
 * concurrent changes one wins and the other gets 409 {@code concurrent_change}; nothing is
 * silently overwritten.
 */
public class ChangeStateHandler extends ApiHandler {

    /** The longest comment. */
    public static final int COMMENT_MAX = 4000;

    @Inject
    DossierAccess access;

    @Inject
    DossierRepository dossiers;

    @Inject
    SavClock clock;

    /** The form: the target state, an optional comment, its visibility, the version seen. */
    @Serdeable
    public record StateChange(String state, String comment, String visibility,
            Long expectedVersion) {
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        if (!"POST /api/dossiers/{number}/state".equals(request.route())) {
            throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        }
        Caller caller = authenticate(request);
        StateChange form = request.bodyAs(StateChange.class);
        DossierState target = validate(form, caller);

        Dossier before = access.find(caller, request.pathParameter("number"));
        if (form.expectedVersion() != null && form.expectedVersion() != before.version()) {
            throw new SavException(ErrorCode.CONCURRENT_CHANGE);
        }
        checkTransition(caller, before.state(), target);

        Instant now = clock.now();
        String comment = form.comment() == null || form.comment().isBlank()
                ? null : form.comment().trim();
        Visibility visibility = caller.isStaff() && "internal".equals(visibilityOf(form))
                ? Visibility.INTERNAL : Visibility.PUBLIC;
        Dossier after = before.movedTo(target, now);
        HistoryEntry entry = new HistoryEntry(now, before.state(), target, caller.code(),
                caller.name(), caller.role(), comment, visibility);
        OutboxEvent notification = new OutboxEvent(
                caller.isStaff() ? NotificationKind.STATE_CHANGED : NotificationKind.RELANCE,
                before.number(), caller.code(), caller.name(), before.state(), target,
                visibility == Visibility.PUBLIC ? comment : null);
        dossiers.update(before, after, entry, null, List.of(notification));

        return ApiResponse.ok(DossierJson.of(after));
    }

    private static DossierState validate(StateChange form, Caller caller) {
        Validation validation = new Validation();
        DossierState target = DossierState.parseOrNull(form.state());
        if (form.state() == null || form.state().isBlank()) {
            validation.fail("state", "error.field.required", "state");
        } else if (target == null) {
            validation.fail("state", "error.field.unknown_state", form.state());
        }
        validation.optionalText("comment", form.comment(), COMMENT_MAX);
        String visibility = visibilityOf(form);
        if (!visibility.equals("public") && !visibility.equals("internal")) {
            validation.fail("visibility", "error.field.invalid", "visibility");
        }
        validation.check();
        if (visibility.equals("internal") && !caller.isStaff()) {
            throw new SavException(ErrorCode.FORBIDDEN);
        }
        return target;
    }

    private static void checkTransition(Caller caller, DossierState from, DossierState to) {
        if (caller.isStaff()) {
            if (!from.staffMayMoveTo(to)) {
                throw SavException.of(ErrorCode.INVALID_TRANSITION, "error.transition.staff",
                        from.name(), to.name());
            }
            return;
        }
        if (to != DossierState.R) {
            throw SavException.of(ErrorCode.FORBIDDEN, "error.transition.customer", to.name());
        }
        if (!from.customerMayRelance()) {
            throw SavException.of(ErrorCode.INVALID_TRANSITION,
                    "error.transition.relance_closed");
        }
    }

    private static String visibilityOf(StateChange form) {
        return form.visibility() == null ? "public" : form.visibility().toLowerCase(Locale.ROOT);
    }
}
