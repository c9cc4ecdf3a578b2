package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * Decisions drafted from council results: the signing leader of the issuer reads the draft and approves it, which
 * numbers it in the issuer's series, freezes it and issues it (registry, certificates).
 */
public interface DecisionDrafts {

    /**
     * What a closed council session selected (được đề nghị khen thưởng), in its ranking order.
     *
     * @param letterNumber the number of the tờ trình of the dossier the awardee came from, which the decision cites
     */
    record CouncilResult(long sessionId, long councilUnitId, LocalDate heldOn, List<Selected> selected) {

        public record Selected(SubjectType type, long subjectId, String awardCode, int votes, Long dossierId,
                Long dossierNomineeId, String letterNumber, String achievement, String campaignCode) {
        }
    }

    /**
     * Drafts one decision per award, issued by the nearest unit at or above the council's that grants it. Called by
     * the council module in the transaction that closes the session, which has checked the organiser's scope.
     */
    void draftFromCouncil(CouncilResult result);

    /** Drafts of the issuers in the reader's scope, newest first. */
    List<DraftView> drafts();

    DraftView draft(long draftId);

    /** Approves and issues the draft, signed by the current signing leader. */
    DecisionInfo approve(long draftId, long expectedVersion);
}
