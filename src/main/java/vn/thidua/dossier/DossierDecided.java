package vn.thidua.dossier;

/**
 * Published when a decision on nominees of a dossier is issued: the decision goes back down to the proposing unit
 * (sao, gửi quyết định cho cấp trình) at once.
 */
public record DossierDecided(long dossierId, String title, long proposingUnitId, long decisionId,
        String numberSymbol, String awardName) {
}
