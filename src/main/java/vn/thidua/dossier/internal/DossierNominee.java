package vn.thidua.dossier.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.catalog.SubjectType;
import vn.thidua.eligibility.Outcome;

/** Người, tập thể, hộ gia đình được đề nghị trong một hồ sơ, with the appraiser's conclusion. */
@Entity
@Table(name = "dos_nominee")
class DossierNominee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private Long subjectId;
    private String name;
    private Long unitId;
    private String achievement;
    @Enumerated(EnumType.STRING)
    private Outcome eligibility;
    private String justification;
    private String appraisal;
    private String appraisalNote;
    private Long reservationId;

    protected DossierNominee() {
    }

    DossierNominee(SubjectType type, Long subjectId, String name, Long unitId, String achievement) {
        this.subjectType = type;
        this.subjectId = subjectId;
        this.name = name;
        this.unitId = unitId;
        this.achievement = achievement;
    }

    void justify(String text) {
        this.justification = text;
    }

    void assessed(Outcome outcome) {
        this.eligibility = outcome;
    }

    void appraise(boolean eligible, String note) {
        this.appraisal = eligible ? "ELIGIBLE" : "INELIGIBLE";
        this.appraisalNote = note;
    }

    Long reservationId() {
        return reservationId;
    }

    void reserved(Long reservation) {
        this.reservationId = reservation;
    }

    void clearAppraisal() {
        this.appraisal = null;
        this.appraisalNote = null;
    }

    Long id() {
        return id;
    }

    SubjectType type() {
        return subjectType;
    }

    Long subjectId() {
        return subjectId;
    }

    String name() {
        return name;
    }

    Long unitId() {
        return unitId;
    }

    String achievement() {
        return achievement;
    }

    Outcome eligibility() {
        return eligibility;
    }

    String justification() {
        return justification;
    }

    String appraisal() {
        return appraisal;
    }

    String appraisalNote() {
        return appraisalNote;
    }
}
