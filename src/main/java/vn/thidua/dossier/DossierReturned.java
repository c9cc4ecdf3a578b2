package vn.thidua.dossier;

/** Published when the receiving level returns a dossier for supplementation. */
public record DossierReturned(long dossierId, String title, long proposingUnitId, String reason) {
}
