package vn.thidua.council;

/** Kết quả biểu quyết of one nominee. */
public enum ItemOutcome {
    /** Đạt ngưỡng và trong chỉ tiêu: proposed for the award. */
    SELECTED,
    /** Đạt ngưỡng nhưng ngoài chỉ tiêu sau khi xếp theo số phiếu. */
    RANKED_OUT,
    /** Không đạt ngưỡng biểu quyết. */
    BELOW_THRESHOLD
}
