package com.savweb.dossier.list;

import com.savweb.core.api.DossierRow;
import com.savweb.core.config.Catalogue;
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
import com.savweb.core.model.DossierView;
import com.savweb.core.repository.DossierRepository;
import com.savweb.core.repository.Page;
import com.savweb.core.repository.QueueFilter;
import com.savweb.core.repository.SearchTokens;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list function: dossier lists for customers and staff, and the staff's queue counts,
 * search and CSV export. A page is one Query on an index; nothing scans.
 *
 * <p>{@code GET /api/dossiers} for customers: {@code view=modification|en-cours|historique}
 * (default {@code modification}), {@code scope=mine|company} (default {@code mine}), newest
 * first; their company is always the one of their session, whatever the query says.
 *
 * <p>For staff: a state queue, {@code state=E|L|R|ATC|APL|C} (default {@code E}) with optional
 * {@code department}, {@code company} and {@code urgency} filters and
 * {@code sort=oldest|newest|urgency} (default {@code oldest}); or, with {@code company} and
 * {@code view}, one company's dossiers in a view. Everyone: {@code limit} 1 to 100 (default 25)
 * and the opaque {@code cursor} of the previous page.
 *
 * <p>Staff only: {@code GET /api/queues} (counts per state; {@code C} = closed in the last 30
 * days, and the {@code C} queue is ordered by closure time), {@code GET /api/search?q=} (a
 * number, or words of the subject; the newest {@link #SEARCH_LIMIT} matches),
 * {@code GET /api/export} (the current list as CSV, at most {@link #EXPORT_MAX} rows, same
 * parameters as the list).
 */
public class ListDossiersHandler extends ApiHandler {

    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 25;
    /** The largest page. */
    public static final int MAX_LIMIT = 100;
    /** The most rows an export holds. */
    public static final int EXPORT_MAX = 1000;
    /** The most results a search returns. */
    public static final int SEARCH_LIMIT = 50;
    /** How far back the closed queue is counted. */
    static final Duration RECENTLY_CLOSED = Duration.ofDays(30);

    @Inject
    DossierRepository dossiers;

    @Inject
    Catalogue catalogue;

    @Inject
    SavClock clock;

    /** Dossiers per state for the staff page. */
    @Serdeable
    public record QueueCounts(Map<String, Integer> counts, int closedSinceDays) {
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.route()) {
            case "GET /api/dossiers" -> list(request);
            case "GET /api/queues" -> counts(request);
            case "GET /api/search" -> search(request);
            case "GET /api/export" -> export(request);
            default -> throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        };
    }

    private ApiResponse list(ApiRequest request) {
        Caller caller = authenticate(request);
        int limit = limit(request.queryParameter("limit"));
        String cursor = request.queryParameter("cursor");

        Page<Dossier> page = caller.isStaff()
                ? staffList(request, limit, cursor)
                : customerView(caller, request, limit, cursor);

        return ApiResponse.ok(rows(page.items(), page.next()));
    }

    private ApiResponse counts(ApiRequest request) {
        authenticateStaff(request);

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DossierState state : DossierState.values()) {
            counts.put(state.name(), dossiers.count(state, state.isOpen()
                    ? null : clock.now().minus(RECENTLY_CLOSED)));
        }

        return ApiResponse.ok(new QueueCounts(counts, (int) RECENTLY_CLOSED.toDays()));
    }

    private ApiResponse search(ApiRequest request) {
        authenticateStaff(request);
        String query = Optional.ofNullable(request.queryParameter("q")).orElse("").trim();
        new Validation().text("q", query, 120).check();

        List<Dossier> found = query.matches("[0-9]{1,12}")
                ? dossiers.find(query).map(List::of).orElse(List.of())
                : dossiers.search(SearchTokens.of(query), SEARCH_LIMIT);

        return ApiResponse.ok(rows(found, null));
    }

    private ApiResponse export(ApiRequest request) {
        authenticateStaff(request);

        List<Dossier> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<Dossier> page = staffList(request, MAX_LIMIT, cursor);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && all.size() < EXPORT_MAX);

        List<Dossier> rows = all.size() > EXPORT_MAX ? all.subList(0, EXPORT_MAX) : all;
        return ApiResponse.text("text/csv; charset=utf-8",
                        CsvExport.write(rows, request.language(), catalogue))
                .header("Content-Disposition", "attachment; filename=\"dossiers.csv\"");
    }

    private Page<Dossier> customerView(Caller caller, ApiRequest request, int limit,
            String cursor) {
        String scope = valueOr(request.queryParameter("scope"), "mine");
        Validation validation = new Validation();
        DossierView view = view(request, validation);
        if (!scope.equals("mine") && !scope.equals("company")) {
            validation.fail("scope", "error.field.invalid", "scope");
        }
        validation.check();

        return scope.equals("company")
                ? dossiers.listByCompany(caller.companyId(), view, cursor, limit)
                : dossiers.listByRequester(caller.code(), view, cursor, limit);
    }

    private Page<Dossier> staffList(ApiRequest request, int limit, String cursor) {
        String company = request.queryParameter("company");
        if (request.queryParameter("view") != null) {
            Validation validation = new Validation();
            DossierView view = view(request, validation);
            if (company == null || company.isBlank()) {
                validation.fail("company", "error.field.required", "company");
            }
            validation.check();
            return dossiers.listByCompany(company, view, cursor, limit);
        }

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

        QueueFilter filter = new QueueFilter(request.queryParameter("department"), company,
                request.queryParameter("urgency"));
        return dossiers.listByState(state, filter, sort.equals("urgency"),
                sort.equals("newest"), cursor, limit);
    }

    private static DossierView view(ApiRequest request, Validation validation) {
        String param = valueOr(request.queryParameter("view"), "modification");
        DossierView view = DossierView.fromParam(param);
        if (view == null) {
            validation.fail("view", "error.field.unknown_view", param);
        }
        return view;
    }

    private static DossierRow.Page rows(List<Dossier> dossiers, String next) {
        return new DossierRow.Page(dossiers.stream().map(DossierRow::of).toList(), next);
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
                List.of("limit"), "limit");
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
