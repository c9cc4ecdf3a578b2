package vn.thidua.council;

/** Ý kiến trên phiếu bầu for one nominee. An unmarked line counts as {@link #BLANK}, which is not a yes. */
public enum Vote {
    /** Đồng ý. */
    YES,
    /** Không đồng ý. */
    NO,
    /** Để trống (không đánh dấu). */
    BLANK
}
