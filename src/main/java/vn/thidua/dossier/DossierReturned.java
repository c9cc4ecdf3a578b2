package vn.thidua.dossier;

/** Published when the receiving level returns a dossier for supplementation. */
public record DossierReturned(long dossierId, long proposingUnitId, String reason) {
}
