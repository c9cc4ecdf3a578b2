package vn.thidua.council;

import java.time.LocalDate;

/**
 * Quy định về họp và biểu quyết của Hội đồng, as law data in force from a date.
 *
 * @param quorum            share of all members who must be present for any session (2/3)
 * @param awardPresence     share of all members who must be present at an award session (4/5), or null when the
 *                          council's regulation sets none
 * @param recusedLeaveTotal whether a recused member is taken out of the total membership that thresholds are
 *                          computed on; the law speaks of the total membership, so false unless configured
 * @param majority          the threshold of an award whose catalogue entry sets none («quá nửa»)
 * @param legalSource       the rule's source
 */
public record CouncilRules(LocalDate effectiveFrom, Share quorum, Share awardPresence, boolean recusedLeaveTotal,
        Threshold majority, String legalSource) {

    /** The presence a session of this kind needs: the higher of the quorum and, for award sessions, the award rule. */
    public Share presenceFor(SessionKind kind) {
        if (kind == SessionKind.AWARD && awardPresence != null
                && (long) awardPresence.numerator() * quorum.denominator()
                        > (long) quorum.numerator() * awardPresence.denominator()) {
            return awardPresence;
        }
        return quorum;
    }
}
