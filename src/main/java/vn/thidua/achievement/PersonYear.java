package vn.thidua.achievement;

/**
 * Thành tích năm của cá nhân: the rating of a year; statutory maternity leave (nghỉ thai sản) counts as working
 * time, so a year with it is rated like any other.
 */
public record PersonYear(long personId, int year, TaskRating rating, boolean maternityLeave, String source) {
}
