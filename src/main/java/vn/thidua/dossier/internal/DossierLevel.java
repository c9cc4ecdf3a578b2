package vn.thidua.dossier.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.thidua.dossier.DossierView;

/** Một cấp xử lý: a unit the dossier passes through, and where it stands there. */
@Embeddable
class DossierLevel {

    private long unitId;
    @Enumerated(EnumType.STRING)
    private DossierView.LevelState state;
    private String decidedBy;
    private Instant decidedAt;

    protected DossierLevel() {
    }

    DossierLevel(long unitId) {
        this.unitId = unitId;
        this.state = DossierView.LevelState.WAITING;
    }

    long unitId() {
        return unitId;
    }

    DossierView.LevelState state() {
        return state;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    void become(DossierView.LevelState next, String actor, Instant at) {
        this.state = next;
        this.decidedBy = actor;
        this.decidedAt = at;
    }
}
