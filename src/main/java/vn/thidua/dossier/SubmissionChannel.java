package vn.thidua.dossier;

/**
 * Cách nộp hồ sơ. Only {@link #ONLINE_OWN_ACCOUNT} counts as online for the office's own online-rate indicator
 * (seed 000: hồ sơ trực tuyến chỉ được tính khi xuất phát từ tài khoản của cá nhân, tổ chức).
 */
public enum SubmissionChannel {
    /** Nộp trực tuyến từ tài khoản của chính đơn vị. */
    ONLINE_OWN_ACCOUNT,
    /** Cán bộ nơi tiếp nhận nhập hộ trên hệ thống. */
    ONLINE_ON_BEHALF,
    /** Nộp bản giấy, cán bộ tiếp nhận ghi nhận. */
    PAPER
}
