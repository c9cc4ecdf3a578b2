package vn.thidua.nomination;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import vn.thidua.catalog.AwardType;

/** Proposes, submits, approves and returns proposals; checks role and scope on every call. */
public interface ProposalManagement {

    /** A unit officer drafts a proposal for a person of the unit's subtree. */
    long draft(NewProposal proposal);

    /**
     * The awards a proposal for this person can ask for today: those with a grantor on the person's unit path,
     * the nearest grantor first (the head of the person's own agency or commune before the province).
     */
    List<AwardType> awardsFor(long personId);

    void edit(long proposalId, long expectedVersion, String summary);

    void submit(long proposalId, long expectedVersion);

    /** The grantor's signing leader approves: the decision is issued and numbered at once. */
    void approve(long proposalId, long expectedVersion);

    /** The grantor's signing leader returns it to the unit; a reason is required. */
    void returnToUnit(long proposalId, long expectedVersion, String reason);

    ProposalView proposal(long proposalId);

    /** The proposals the current user may see: proposed within their scope or awaiting their signature. */
    Page<ProposalView> visibleProposals(ProposalStatus status, Pageable pageable);

    /** What it takes to draft a proposal. */
    record NewProposal(long personId, String awardCode, String summary) {
    }
}
