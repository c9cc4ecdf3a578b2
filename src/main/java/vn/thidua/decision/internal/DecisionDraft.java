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
 * Dự thảo quyết định: the awardees one council session selected for one award, in the order of the council's
 * ranking, until the signing leader approves. Approval happens once.
 */
@Entity
@Table(name = "dec_draft")
class DecisionDraft {

    /** One awardee as the council selected them, with what the dossier said. */
    @Embeddable
    record Line(int position, @Enumerated(EnumType.STRING) SubjectType subjectType, long subjectId, int votes,
            Long dossierId, Long dossierNomineeId, String letterNumber, String achievement, String campaignCode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long councilSessionId;
    private LocalDate councilHeldOn;
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

    DecisionDraft(long councilSessionId, LocalDate councilHeldOn, long issuerUnitId, String awardCode,
            List<Line> lines, Instant now) {
        this.councilSessionId = councilSessionId;
        this.councilHeldOn = councilHeldOn;
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

    long councilSessionId() {
        return councilSessionId;
    }

    LocalDate councilHeldOn() {
        return councilHeldOn;
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
