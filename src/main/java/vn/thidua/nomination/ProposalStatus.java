package vn.thidua.nomination;

import java.util.Map;
import java.util.Set;

/** Trạng thái đề nghị, and which moves are legal from each. */
public enum ProposalStatus {
    /** Dự thảo: the unit officer is writing it. */
    DRAFT,
    /** Đã trình: waiting for the grantor's decision. */
    SUBMITTED,
    /** Bị trả lại: sent back with a reason; the unit edits and submits again. */
    RETURNED,
    /** Đã phê duyệt: approved by the signing leader. */
    APPROVED,
    /** Đã có quyết định: the decision is issued and numbered. */
    DECIDED;

    private static final Map<ProposalStatus, Set<ProposalStatus>> MOVES = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(RETURNED, APPROVED),
            RETURNED, Set.of(SUBMITTED),
            APPROVED, Set.of(DECIDED),
            DECIDED, Set.of());

    public boolean canMoveTo(ProposalStatus next) {
        return MOVES.get(this).contains(next);
    }

    /** Whether the unit may still change the content. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
