package vn.thidua.dossier;

/** Published when a dossier is sent to the receiving level, with the channel it came by. */
public record DossierSubmitted(long dossierId, String title, long proposingUnitId, long receivingUnitId,
        SubmissionChannel channel) {
}
