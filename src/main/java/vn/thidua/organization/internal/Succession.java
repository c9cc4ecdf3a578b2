package vn.thidua.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.organization.SuccessionInfo.SuccessionKind;

/** A recorded reorganisation link between two units (sáp nhập, chia tách, đổi tên). */
@Entity
@Table(name = "org_unit_succession")
class Succession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long predecessorId;
    private long successorId;
    private LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    private SuccessionKind kind;
    private String legalBasis;

    protected Succession() {
    }

    Succession(long predecessorId, long successorId, LocalDate effectiveDate, SuccessionKind kind,
            String legalBasis) {
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.effectiveDate = effectiveDate;
        this.kind = kind;
        this.legalBasis = legalBasis;
    }

    long predecessorId() {
        return predecessorId;
    }

    long successorId() {
        return successorId;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    SuccessionKind kind() {
        return kind;
    }

    String legalBasis() {
        return legalBasis;
    }
}
