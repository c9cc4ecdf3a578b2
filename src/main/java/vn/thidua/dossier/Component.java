package vn.thidua.dossier;

/** Thành phần hồ sơ. */
public enum Component {
    /** Tờ trình đề nghị khen thưởng. */
    TO_TRINH,
    /** Báo cáo thành tích. */
    BAO_CAO_THANH_TICH,
    /** Biên bản họp Hội đồng (bình xét). */
    BIEN_BAN_HOP,
    /** Biên bản kiểm phiếu / kết quả bỏ phiếu. */
    BIEN_BAN_KIEM_PHIEU,
    /** Xác nhận sáng kiến, đề tài khoa học. */
    XAC_NHAN_SANG_KIEN,
    /** Tài liệu khác. */
    KHAC
}
