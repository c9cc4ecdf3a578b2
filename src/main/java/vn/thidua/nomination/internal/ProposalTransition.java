package vn.thidua.nomination.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.thidua.nomination.ProposalStatus;
import vn.thidua.nomination.ProposalView;

/** One logged move of a proposal (lịch sử xử lý). */
@Entity
@Table(name = "nom_proposal_transition")
class ProposalTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProposalStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ProposalStatus to;
    private String actor;
    private Instant at;
    private String reason;

    protected ProposalTransition() {
    }

    ProposalTransition(ProposalStatus from, ProposalStatus to, String actor, Instant at, String reason) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.reason = reason;
    }

    ProposalView.Transition toView() {
        return new ProposalView.Transition(from, to, actor, at, reason);
    }
}
