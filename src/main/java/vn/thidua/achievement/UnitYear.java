package vn.thidua.achievement;

/**
 * Thành tích năm của tập thể: its rating and member counts (tổng số thành viên, nữ, hoàn thành nhiệm vụ, Lao động
 * tiên tiến, Chiến sĩ thi đua cơ sở, bị kỷ luật từ cảnh cáo trở lên). Null counts are unknown, not zero.
 */
public record UnitYear(long unitId, int year, TaskRating rating, int memberCount, int womenCount,
        Integer completedCount, Integer ldttCount, Integer cstdcsCount, Integer disciplinedCount, String source) {

    /** Share of women among members, 0–1; null without members. */
    public Double womenShare() {
        return memberCount == 0 ? null : (double) womenCount / memberCount;
    }
}
