package vn.thidua.council.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Tránh xung đột lợi ích: a member who may not vote on an item, automatically (same unit) or by declaration. */
@Embeddable
record Recusal(long memberId, @Enumerated(EnumType.STRING) Reason reason, String note) {

    enum Reason {
        SAME_UNIT, DECLARED
    }
}
