package vn.thidua.nomination.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.thidua.nomination.ProposalApproved;
import vn.thidua.nomination.ProposalReturned;
import vn.thidua.nomination.ProposalStatus;
import vn.thidua.nomination.ProposalSubmitted;
import vn.thidua.shared.BusinessRuleException;

/**
 * Đề nghị khen thưởng: a proposal of one award for one person. It owns its states: each move is checked against
 * {@link ProposalStatus}, logged with actor, time and reason, and raises a domain event.
 */
@Entity
@Table(name = "nom_proposal")
class Proposal extends AbstractAggregateRoot<Proposal> {

    private static final int MAX_SUMMARY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposingUnitId;
    private long grantorUnitId;
    private long personId;
    private String awardCode;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private Long decisionId;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "proposal_id", nullable = false)
    @OrderBy("at, id")
    private List<ProposalTransition> transitions = new ArrayList<>();

    protected Proposal() {
    }

    Proposal(long proposingUnitId, long grantorUnitId, long personId, String awardCode, String summary,
            String actor, Instant now) {
        this.proposingUnitId = proposingUnitId;
        this.grantorUnitId = grantorUnitId;
        this.personId = personId;
        this.awardCode = awardCode;
        this.summary = checkedSummary(summary);
        this.status = ProposalStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        transitions.add(new ProposalTransition(null, ProposalStatus.DRAFT, actor, now, null));
    }

    void edit(String newSummary) {
        if (!status.isEditable()) {
            throw new BusinessRuleException("error.proposal.notEditable", "status", status);
        }
        this.summary = checkedSummary(newSummary);
    }

    void submit(String actor, Instant now) {
        move(ProposalStatus.SUBMITTED, actor, now, null);
        registerEvent(new ProposalSubmitted(id, proposingUnitId, grantorUnitId));
    }

    void approve(String actor, Instant now) {
        move(ProposalStatus.APPROVED, actor, now, null);
        registerEvent(new ProposalApproved(id, grantorUnitId, personId));
    }

    void returnToUnit(String actor, Instant now, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.proposal.reasonRequired", "reason");
        }
        move(ProposalStatus.RETURNED, actor, now, reason.strip());
        registerEvent(new ProposalReturned(id, proposingUnitId, reason.strip()));
    }

    void decided(long decision, String actor, Instant now) {
        move(ProposalStatus.DECIDED, actor, now, null);
        this.decisionId = decision;
    }

    /** Refuses to act on a version other than the one the user saw (two tabs, two officers). */
    void expectVersion(long expected) {
        if (expected != version) {
            throw new BusinessRuleException("error.proposal.stale", "version", expected, version);
        }
    }

    private void move(ProposalStatus next, String actor, Instant now, String reason) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("error.proposal.transition", "status", status, next);
        }
        transitions.add(new ProposalTransition(status, next, actor, now, reason));
        status = next;
    }

    private static String checkedSummary(String summary) {
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleException("error.proposal.summaryRequired", "summary");
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new BusinessRuleException("error.proposal.summaryTooLong", "summary", MAX_SUMMARY);
        }
        return summary.strip();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long proposingUnitId() {
        return proposingUnitId;
    }

    long grantorUnitId() {
        return grantorUnitId;
    }

    long personId() {
        return personId;
    }

    String awardCode() {
        return awardCode;
    }

    String summary() {
        return summary;
    }

    ProposalStatus status() {
        return status;
    }

    Long decisionId() {
        return decisionId;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<ProposalTransition> transitions() {
        return List.copyOf(transitions);
    }
}
