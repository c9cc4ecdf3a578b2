package vn.thidua.eligibility;

/** Kết quả xét một tiêu chí: đạt (✓), không đạt (✗), chưa đủ dữ liệu (?). Missing data is never a FAIL. */
public enum Outcome {
    PASS, FAIL, UNKNOWN
}
