package com.savweb.dossier.detail;

import com.savweb.core.auth.DossierAccess;
import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.http.ApiHandler;
import com.savweb.core.http.ApiRequest;
import com.savweb.core.http.ApiResponse;
import com.savweb.core.model.Caller;
import com.savweb.core.repository.DossierTimeline;
import jakarta.inject.Inject;

/**
 * The detail function: {@code GET /api/dossiers/{number}} answers the dossier with its history
 * and compléments, read with one Query. Another company's dossier is a 404, exactly like a
 * number that does not exist.
 */
public class DossierDetailHandler extends ApiHandler {

    @Inject
    DossierAccess access;

    @Override
    protected ApiResponse handle(ApiRequest request) {
        if (!"GET /api/dossiers/{number}".equals(request.route())) {
            throw new SavException(ErrorCode.ROUTE_NOT_FOUND);
        }
        Caller caller = authenticate(request);

        DossierTimeline timeline = access.findTimeline(caller, request.pathParameter("number"));

        return ApiResponse.ok(DossierDetailJson.of(timeline, caller.isStaff()));
    }
}
