package vn.thidua.dossier;

import java.util.Map;
import java.util.Set;

/** Trạng thái hồ sơ: the allowed moves are listed here, and nowhere else. */
public enum DossierStatus {
    /** Đang soạn. */
    DRAFT,
    /** Đã gửi, chờ tiếp nhận (also after a lower level forwards it up). */
    SUBMITTED,
    /** Bị trả lại để bổ sung. */
    RETURNED,
    /** Đã tiếp nhận, đang thẩm định. */
    RECEIVED,
    /** Đã thẩm định xong. */
    APPRAISED,
    /** Đã tổng hợp: vào danh sách trình Hội đồng, hoặc trình ký quyết định khi không phải qua Hội đồng. */
    LISTED;

    private static final Map<DossierStatus, Set<DossierStatus>> MOVES = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(RECEIVED, RETURNED),
            RETURNED, Set.of(SUBMITTED),
            RECEIVED, Set.of(RETURNED, APPRAISED, SUBMITTED),
            APPRAISED, Set.of(LISTED),
            LISTED, Set.of());

    public boolean canMoveTo(DossierStatus next) {
        return MOVES.get(this).contains(next);
    }

    /** The unit edits its dossier while drafting and after it is returned. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
