package vn.thidua.decision;

import java.time.Instant;
import java.util.List;

/**
 * Đính chính và hủy bỏ: corrections and annulments of issued decisions, by the issuer's signing leader or TĐKT
 * office, each with the reference of the document that orders it and a reason. Nothing is ever deleted.
 */
public interface DecisionAmendments {

    enum Kind {
        CORRECTION, ANNULMENT
    }

    record Amendment(long id, Kind kind, String reference, String reason, Integer recipientPosition, String oldValue,
            String newValue, String recordedBy, Instant recordedAt) {
    }

    void annul(long decisionId, long expectedVersion, String reference, String reason);

    /** Corrects the name of the recipient at the position (from 1). */
    void correctRecipientName(long decisionId, long expectedVersion, int position, String correctedName,
            String reference, String reason);

    List<Amendment> amendments(long decisionId);
}
