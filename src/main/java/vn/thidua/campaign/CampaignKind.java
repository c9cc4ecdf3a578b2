package vn.thidua.campaign;

/** Loại văn bản phát động: a movement over years, a peak campaign of N days, or a standing routing instruction. */
public enum CampaignKind {
    /** Phong trào thi đua (nhiều năm, có sơ kết, tổng kết). */
    MOVEMENT,
    /** Đợt thi đua cao điểm, theo đợt. */
    PEAK,
    /** Hướng dẫn quy trình, tuyến hồ sơ (không có đợt xét riêng). */
    ROUTING
}
