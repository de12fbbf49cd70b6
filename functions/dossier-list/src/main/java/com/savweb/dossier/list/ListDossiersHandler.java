package com.savweb.dossier.list;

import com.savweb.core.api.DossierRow;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.http.ApiHandler;
import com.savweb.core.http.ApiRequest;
import com.savweb.core.http.ApiResponse;
import com.savweb.core.http.Validation;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.DossierState;
import com.savweb.core.model.DossierView;
import com.savweb.core.repository.DossierRepository;
import com.savweb.core.repository.Page;
import com.savweb.core.repository.QueueFilter;
import jakarta.inject.Inject;

/**
 * The list function: {@code GET /api/dossiers}, one Query per page.
 *
 * <p>Customers: {@code view=modification|en-cours|historique} (default {@code modification}),
 * {@code scope=mine|company} (default {@code mine}), newest first. Their company is always the
 * one of their session, whatever the query says.
 *
 * <p>Staff: {@code state=E|L|R|ATC|APL|C} (default {@code E}), optional {@code department},
 * {@code company} and {@code urgency} filters, {@code sort=oldest|newest|urgency} (default
 * {@code oldest}). Everyone: {@code limit} 1 to 100 (default 25) and the opaque {@code cursor}
 * of the previous page.
 */
public class ListDossiersHandler extends ApiHandler {

    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 25;
    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    @Inject
    DossierRepository dossiers;

    @Override
    protected ApiResponse handle(ApiRequest request) {
        if (!"GET /api/dossiers".equals(request.route())) {
            throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        }
        Caller caller = authenticate(request);
        int limit = limit(request.queryParameter("limit"));
        String cursor = request.queryParameter("cursor");

        Page<Dossier> page = caller.isStaff()
                ? staffQueue(request, limit, cursor)
                : customerView(caller, request, limit, cursor);

        return ApiResponse.ok(new DossierRow.Page(
                page.items().stream().map(DossierRow::of).toList(), page.next()));
    }

    private Page<Dossier> customerView(Caller caller, ApiRequest request, int limit,
            String cursor) {
        String viewParam = valueOr(request.queryParameter("view"), "modification");
        String scope = valueOr(request.queryParameter("scope"), "mine");
        DossierView view = DossierView.fromParam(viewParam);
        Validation validation = new Validation();
        if (view == null) {
            validation.fail("view", "error.field.unknown_view", viewParam);
        }
        if (!scope.equals("mine") && !scope.equals("company")) {
            validation.fail("scope", "error.field.invalid", "scope");
        }
        validation.check();

        return scope.equals("company")
                ? dossiers.listByCompany(caller.companyId(), view, cursor, limit)
                : dossiers.listByRequester(caller.code(), view, cursor, limit);
    }

    private Page<Dossier> staffQueue(ApiRequest request, int limit, String cursor) {
        String stateParam = valueOr(request.queryParameter("state"), "E");
        String sort = valueOr(request.queryParameter("sort"), "oldest");
        DossierState state = DossierState.parseOrNull(stateParam);
        Validation validation = new Validation();
        if (state == null) {
            validation.fail("state", "error.field.unknown_state", stateParam);
        }
        if (!sort.equals("oldest") && !sort.equals("newest") && !sort.equals("urgency")) {
            validation.fail("sort", "error.field.invalid", "sort");
        }
        validation.check();

        QueueFilter filter = new QueueFilter(request.queryParameter("department"),
                request.queryParameter("company"), request.queryParameter("urgency"));
        return dossiers.listByState(state, filter, sort.equals("urgency"),
                sort.equals("newest"), cursor, limit);
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Reported below like any other bad value.
        }
        throw new SavException(ErrorCode.VALIDATION_FAILED, "error.field.invalid",
                java.util.List.of("limit"), "limit");
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
