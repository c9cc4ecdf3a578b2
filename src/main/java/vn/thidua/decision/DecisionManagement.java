package vn.thidua.decision;

import java.util.List;

/** Issues and reads award decisions. */
public interface DecisionManagement {

    /**
     * Issues an award decision for one person, numbered in the issuer's series for the year of issue. Called by the
     * nomination module once the signing leader approves; the caller has checked the leader's authority.
     */
    DecisionInfo issueAward(AwardDecisionRequest request);

    /** A decision, to anyone who may read the issuer's or a recipient's unit. */
    DecisionInfo decision(long decisionId);

    byte[] pdf(long decisionId);

    byte[] docx(long decisionId);

    /** What a decision for one person needs. */
    record AwardDecisionRequest(long issuerUnitId, long proposingUnitId, String awardCode, long personId,
            String achievement, Signer signer) {
    }

    /** Who signs, as ND 30/2020 prints it: authority lines (e.g. «KT. GIÁM ĐỐC»), title and full name. */
    record Signer(String fullName, String title, List<String> authorityLines) {
    }
}
