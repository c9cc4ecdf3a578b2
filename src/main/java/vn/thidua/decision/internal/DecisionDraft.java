package vn.thidua.decision.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.catalog.SubjectType;
import vn.thidua.shared.BusinessRuleException;

/**
 * Dự thảo quyết định: the awardees of one award that a council session selected, in the order of its ranking, or
 * that an appraisal found eligible for an award decided without a council ballot, until the signing leader
 * approves. Approval happens once.
 */
@Entity
@Table(name = "dec_draft")
class DecisionDraft {

    /**
     * One awardee as proposed, with what the dossier said; a household has no subject id and is known by its name
     * and the unit that proposed it.
     */
    @Embeddable
    record Line(int position, @Enumerated(EnumType.STRING) SubjectType subjectType, Long subjectId,
            String subjectName, Long subjectUnitId, int votes, Long dossierId, Long dossierNomineeId,
            String letterNumber, String achievement, String campaignCode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long councilSessionId;
    private LocalDate proposedOn;
    private Long appraisingUnitId;
    private long issuerUnitId;
    private String awardCode;
    private String status;
    private Long decisionId;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "dec_draft_line", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();

    protected DecisionDraft() {
    }

    /** A draft from a council session's result. */
    static DecisionDraft ofCouncil(long councilSessionId, LocalDate heldOn, long issuerUnitId, String awardCode,
            List<Line> lines, Instant now) {
        DecisionDraft draft = new DecisionDraft(heldOn, issuerUnitId, awardCode, lines, now);
        draft.councilSessionId = councilSessionId;
        return draft;
    }

    /** A draft from an appraisal, for an award decided without a council ballot. */
    static DecisionDraft ofAppraisal(long appraisingUnitId, LocalDate appraisedOn, long issuerUnitId,
            String awardCode, List<Line> lines, Instant now) {
        DecisionDraft draft = new DecisionDraft(appraisedOn, issuerUnitId, awardCode, lines, now);
        draft.appraisingUnitId = appraisingUnitId;
        return draft;
    }

    private DecisionDraft(LocalDate proposedOn, long issuerUnitId, String awardCode, List<Line> lines, Instant now) {
        this.proposedOn = proposedOn;
        this.issuerUnitId = issuerUnitId;
        this.awardCode = awardCode;
        this.status = "DRAFT";
        this.lines.addAll(lines);
        this.createdAt = now;
    }

    void issued(long decision) {
        if (!"DRAFT".equals(status)) {
            throw new BusinessRuleException("error.decision.draftIssued", "status", decisionId);
        }
        this.status = "ISSUED";
        this.decisionId = decision;
    }

    void expectVersion(long expected) {
        if (expected != version) {
            throw new BusinessRuleException("error.decision.stale", "version", expected, version);
        }
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    Long councilSessionId() {
        return councilSessionId;
    }

    LocalDate proposedOn() {
        return proposedOn;
    }

    Long appraisingUnitId() {
        return appraisingUnitId;
    }

    long issuerUnitId() {
        return issuerUnitId;
    }

    String awardCode() {
        return awardCode;
    }

    String status() {
        return status;
    }

    Long decisionId() {
        return decisionId;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }
}
