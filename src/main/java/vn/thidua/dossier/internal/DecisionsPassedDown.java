package vn.thidua.dossier.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.shared.NotFoundException;

/**
 * Gives each dossier the decisions on its nominees in the issuing transaction, so a dossier never lacks the
 * decision that answered it; the proposing unit is told through the dossier's event.
 */
@Component
class DecisionsPassedDown {

    private final Dossiers dossiers;

    DecisionsPassedDown(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionIssued decision) {
        for (long dossierId : decision.dossierIds()) {
            Dossier dossier = dossiers.findById(dossierId)
                    .orElseThrow(() -> new NotFoundException("Dossier", dossierId));
            dossier.decided(new IssuedDecision(decision.decisionId(), decision.numberSymbol(), decision.issuedOn(),
                    decision.awardName()));
            dossiers.save(dossier);
        }
    }
}
