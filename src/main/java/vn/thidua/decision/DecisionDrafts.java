package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thidua.catalog.SubjectType;

/**
 * Decisions drafted from council results, or straight from the appraisal for awards the law lets the leader decide
 * without a council ballot: the signing leader of the issuer reads the draft and approves it, which numbers it in
 * the issuer's series, freezes it and issues it (registry, certificates).
 */
public interface DecisionDrafts {

    /**
     * An awardee as proposed to the signing leader, with what the dossier said.
     *
     * @param subjectId    the person or unit; null for a household
     * @param name         the name as proposed (a household is known by it alone)
     * @param unitId       the awardee's unit, or the unit that proposed a household
     * @param votes        the council's yes votes; 0 when no council voted
     * @param letterNumber the number of the tờ trình of the dossier the awardee came from, which the decision cites
     */
    record Awardee(SubjectType type, Long subjectId, String name, long unitId, String awardCode, int votes,
            Long dossierId, Long dossierNomineeId, String letterNumber, String achievement, String campaignCode) {
    }

    /** What a closed council session selected (được đề nghị khen thưởng), in its ranking order. */
    record CouncilResult(long sessionId, long councilUnitId, LocalDate heldOn, List<Awardee> selected) {
    }

    /**
     * Drafts one decision per award, issued by the nearest unit at or above the council's that grants it. Called by
     * the council module in the transaction that closes the session, which has checked the organiser's scope.
     */
    void draftFromCouncil(CouncilResult result);

    /**
     * Drafts the decision on awardees found eligible by the appraising unit, for an award that needs no council
     * ballot (Tập thể lao động xuất sắc, Bằng khen of the chairman, families…), issued by the nearest unit at or
     * above the appraising one that grants it. Called by the dossier module in its transaction, which has checked
     * the appraiser's scope.
     *
     * @return the draft's id; empty when no unit of the province grants the award (it is proposed upwards on paper)
     */
    Optional<Long> draftFromAppraisal(long appraisingUnitId, LocalDate appraisedOn, String awardCode,
            List<Awardee> awardees);

    /** Drafts of the issuers in the reader's scope, newest first. */
    List<DraftView> drafts();

    DraftView draft(long draftId);

    /** Approves and issues the draft, signed by the current signing leader. */
    DecisionInfo approve(long draftId, long expectedVersion);
}
