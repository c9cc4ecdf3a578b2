package vn.thidua.council;

import java.time.LocalDate;
import java.util.List;

/** Raised when a session closes: the results the decision is drafted from (dự thảo quyết định). */
public record CouncilSessionClosed(long sessionId, long councilUnitId, LocalDate heldOn, List<Result> results) {

    /**
     * @param dossierId    the dossier the nominee came from (null when added by hand)
     * @param letterNumber the number of that dossier's tờ trình, which the decision cites
     * @param achievement  the achievement the dossier states
     */
    public record Result(long itemId, NomineeKind nomineeKind, long nomineeId, String awardCode, int yes, int base,
            ItemOutcome outcome, Long dossierId, Long dossierNomineeId, String letterNumber, String achievement) {
    }
}
