package vn.thidua.campaign;

/** Hình thức nộp hồ sơ (kênh): how a dossier of one award form travels. */
public enum Channel {
    /** Trực tuyến only. */
    ONLINE,
    /** Bản giấy only. */
    PAPER,
    /** Trực tuyến (bản scan) and the paper set for archiving. */
    ONLINE_AND_PAPER,
    /** Paper to the TĐKT office, which then files online itself after consolidating. */
    PAPER_THEN_OFFICE_ONLINE
}
