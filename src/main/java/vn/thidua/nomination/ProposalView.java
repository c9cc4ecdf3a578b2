package vn.thidua.nomination;

import java.time.Instant;
import java.util.List;

/** A proposal with its history, as shown to the people allowed to see it. */
public record ProposalView(long id, long version, ProposalStatus status, String awardCode, String awardName,
        long proposingUnitId, String proposingUnitName, long grantorUnitId, String grantorUnitName, long personId,
        String personName, String summary, Long decisionId, String decisionNumber, Instant createdAt,
        List<Transition> transitions) {

    /** One logged move: from, to, who, when and why. */
    public record Transition(ProposalStatus from, ProposalStatus to, String actor, Instant at, String reason) {
    }
}
