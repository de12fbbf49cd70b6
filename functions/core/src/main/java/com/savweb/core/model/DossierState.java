package com.savweb.core.model;

/**
 * The states of a dossier, with the labels of the original guide, and who may move it where.
 *
 * <p>Staff move an open dossier to {@code L}, {@code ATC}, {@code APL} or {@code C} and reopen a
 * closed one ({@code C} to {@code L}). A customer may only chase ("relancer") an open dossier,
 * which moves it to {@code R}; chasing an already chased dossier is allowed and recorded again.
 * {@code E} is only ever the first state.
 */
public enum DossierState {
    E("ÉMIS", "ISSUED"),
    L("EN COURS", "IN PROGRESS"),
    R("RELANCE", "CHASED"),
    ATC("ATTENTE CONFIRMATION CLIENT", "AWAITING CUSTOMER CONFIRMATION"),
    APL("À PLANIFIER", "TO BE SCHEDULED"),
    C("CLÔTURÉ", "CLOSED");

    private final String labelFr;
    private final String labelEn;

    DossierState(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The label shown beside the code, in the reader's language. */
    public String label(Language language) {
        return language == Language.EN ? labelEn : labelFr;
    }

    /** Every state but {@code C} is open. */
    public boolean isOpen() {
        return this != C;
    }

    /** The customer list ({@link DossierView}) a dossier in this state appears in. */
    public DossierView view() {
        return switch (this) {
            case E, ATC -> DossierView.MODIFICATION;
            case L, R, APL -> DossierView.EN_COURS;
            case C -> DossierView.HISTORIQUE;
        };
    }

    /** Whether a staff member may move a dossier from this state to {@code target}. */
    public boolean staffMayMoveTo(DossierState target) {
        if (this == C) {
            return target == L;
        }
        return target != this && (target == L || target == ATC || target == APL || target == C);
    }

    /** Whether a customer may chase a dossier in this state. */
    public boolean customerMayRelance() {
        return isOpen();
    }

    /** Parses a state code, or returns {@code null} for anything unknown. */
    public static DossierState parseOrNull(String code) {
        if (code == null) {
            return null;
        }
        for (DossierState state : values()) {
            if (state.name().equals(code)) {
                return state;
            }
        }
        return null;
    }
}
