package vn.thidua.campaign;

/** Thời điểm xét khen thưởng of a campaign. */
public enum StageKind {
    /** Khen thưởng hằng năm. */
    ANNUAL,
    /** Sơ kết. */
    INTERIM,
    /** Tổng kết. */
    FINAL,
    /** Đợt cao điểm (N ngày). */
    PEAK,
    /** Giai đoạn (e.g. 2025–2030). */
    PHASE
}
