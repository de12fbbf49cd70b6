package com.savweb.core.model;

import java.util.Set;

/**
 * The three customer lists of the original guide, each a fixed group of states.
 *
 * <p>{@code MODIFICATION}: open dossiers where the customer can still act (E, ATC);
 * {@code EN_COURS}: open dossiers being worked (L, R, APL); {@code HISTORIQUE}: closed (C).
 */
public enum DossierView {
    MODIFICATION("modification"),
    EN_COURS("en-cours"),
    HISTORIQUE("historique");

    private final String param;

    DossierView(String param) {
        this.param = param;
    }

    /** The value of the {@code view} query parameter. */
    public String param() {
        return param;
    }

    /** The states this view lists. */
    public Set<DossierState> states() {
        return switch (this) {
            case MODIFICATION -> Set.of(DossierState.E, DossierState.ATC);
            case EN_COURS -> Set.of(DossierState.L, DossierState.R, DossierState.APL);
            case HISTORIQUE -> Set.of(DossierState.C);
        };
    }

    /** Finds the view named by a query parameter, or {@code null}. */
    public static DossierView fromParam(String value) {
        for (DossierView view : values()) {
            if (view.param.equals(value)) {
                return view;
            }
        }
        return null;
    }
}
