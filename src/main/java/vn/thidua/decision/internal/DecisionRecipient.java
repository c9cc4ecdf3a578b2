package vn.thidua.decision.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.thidua.catalog.SubjectType;
import vn.thidua.decision.DecisionInfo;

/** One awardee of a decision, with the money computed at issue and the number the certificate prints. */
@Entity
@Table(name = "dec_recipient")
class DecisionRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private Long personId;
    private long unitId;
    private String fullName;
    private String unitName;
    private int goldenBookNumber;
    private BigDecimal multiplier;
    private Long baseSalary;
    private long amount;
    private String achievement;
    private String campaignCode;

    protected DecisionRecipient() {
    }

    DecisionRecipient(SubjectType subjectType, Long personId, long unitId, String fullName, String unitName,
            int goldenBookNumber, BigDecimal multiplier, Long baseSalary, long amount) {
        this.subjectType = subjectType;
        this.personId = personId;
        this.unitId = unitId;
        this.fullName = fullName;
        this.unitName = unitName;
        this.goldenBookNumber = goldenBookNumber;
        this.multiplier = multiplier;
        this.baseSalary = baseSalary;
        this.amount = amount;
    }

    Long personId() {
        return personId;
    }

    String fullName() {
        return fullName;
    }

    String unitName() {
        return unitName;
    }

    long amount() {
        return amount;
    }

    int goldenBookNumber() {
        return goldenBookNumber;
    }

    /** Freezes the achievement the decision's list states for this awardee. */
    DecisionRecipient stating(String text) {
        this.achievement = text;
        return this;
    }

    /** The campaign the award came through, for statistics; null outside any. */
    DecisionRecipient inCampaign(String code) {
        this.campaignCode = code;
        return this;
    }

    String achievement() {
        return achievement;
    }

    long unitId() {
        return unitId;
    }

    DecisionInfo.Recipient toInfo() {
        return new DecisionInfo.Recipient(subjectType, personId, unitId, fullName, unitName, goldenBookNumber,
                amount, campaignCode);
    }
}
