package vn.thidua.dossier.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.dossier.DossierStatus;

/** One move of a dossier: from, to, who, when and why. Never changed once written. */
@Entity
@Table(name = "dos_transition")
class DossierTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private DossierStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private DossierStatus toStatus;
    private String actor;
    private Instant at;
    private String reason;

    protected DossierTransition() {
    }

    DossierTransition(DossierStatus from, DossierStatus to, String actor, Instant at, String reason) {
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
    }

    DossierStatus from() {
        return fromStatus;
    }

    DossierStatus to() {
        return toStatus;
    }

    String actor() {
        return actor;
    }

    Instant at() {
        return at;
    }

    String reason() {
        return reason;
    }
}
