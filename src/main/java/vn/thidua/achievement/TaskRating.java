package vn.thidua.achievement;

/**
 * Mức độ hoàn thành nhiệm vụ: hoàn thành xuất sắc (HTXSNV), tốt (HTTNV), hoàn thành (HTNV), không hoàn thành
 * (KHTNV) nhiệm vụ.
 */
public enum TaskRating {
    HTXSNV, HTTNV, HTNV, KHTNV;

    /** Whether this rating is at least the other («… trở lên»). */
    public boolean atLeast(TaskRating other) {
        return ordinal() <= other.ordinal();
    }
}
