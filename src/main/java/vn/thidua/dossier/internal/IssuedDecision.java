package vn.thidua.dossier.internal;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Quyết định khen thưởng on nominees of a dossier, as the issuer passed it down to the proposing unit. */
@Embeddable
record IssuedDecision(long decisionId, String numberSymbol, LocalDate issuedOn, String awardName) {
}
