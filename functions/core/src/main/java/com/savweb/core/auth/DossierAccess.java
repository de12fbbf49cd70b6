package com.savweb.core.auth;

import com.savweb.core.error.ErrorCode;
import com.savweb.core.error.SavException;
import com.savweb.core.model.Caller;
import com.savweb.core.model.Dossier;
import com.savweb.core.repository.DossierRepository;
import com.savweb.core.repository.DossierTimeline;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Finds a dossier for a caller, or answers {@code NOT_FOUND}: a malformed number, a number that
 * does not exist and another company's dossier are indistinguishable, so a customer can never
 * learn that another company's dossier exists.
 */
@Singleton
public class DossierAccess {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");

    private final DossierRepository dossiers;

    /** Uses the container's repository. */
    public DossierAccess(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    /** The dossier, if the caller may see it. */
    public Dossier find(Caller caller, String number) {
        requireWellFormed(number);
        return dossiers.find(number)
                .filter(caller::maySee)
                .orElseThrow(() -> new SavException(ErrorCode.NOT_FOUND));
    }

    /** The dossier and its timeline, if the caller may see it. */
    public DossierTimeline findTimeline(Caller caller, String number) {
        requireWellFormed(number);
        return dossiers.findTimeline(number)
                .filter(timeline -> caller.maySee(timeline.dossier()))
                .orElseThrow(() -> new SavException(ErrorCode.NOT_FOUND));
    }

    private static void requireWellFormed(String number) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new SavException(ErrorCode.NOT_FOUND);
        }
    }
}
