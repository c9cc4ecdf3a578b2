package vn.thidua.council;

/** Loại phiên họp: an award session (xét khen thưởng) may need a higher presence than the ordinary quorum. */
public enum SessionKind {
    ORDINARY, AWARD
}
