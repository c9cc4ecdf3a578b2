package vn.thidua.decision.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.thidua.decision.DecisionInfo;

/** One awardee of a decision, with the money computed at issue and the number the certificate prints. */
@Entity
@Table(name = "dec_recipient")
class DecisionRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    private long unitId;
    private String fullName;
    private String unitName;
    private int goldenBookNumber;
    private BigDecimal multiplier;
    private Long baseSalary;
    private long amount;

    protected DecisionRecipient() {
    }

    DecisionRecipient(long personId, long unitId, String fullName, String unitName, int goldenBookNumber,
            BigDecimal multiplier, Long baseSalary, long amount) {
        this.personId = personId;
        this.unitId = unitId;
        this.fullName = fullName;
        this.unitName = unitName;
        this.goldenBookNumber = goldenBookNumber;
        this.multiplier = multiplier;
        this.baseSalary = baseSalary;
        this.amount = amount;
    }

    long unitId() {
        return unitId;
    }

    DecisionInfo.Recipient toInfo() {
        return new DecisionInfo.Recipient(personId, fullName, unitName, goldenBookNumber, amount);
    }
}
