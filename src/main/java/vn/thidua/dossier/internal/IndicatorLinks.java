package vn.thidua.dossier.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.dossier.DossierView;
import vn.thidua.dossier.SubmissionChannel;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.indicator.IndicatorSnapshots;

/**
 * What a sent dossier leaves in the indicators: the values of each nominee's unit frozen for the achievement year
 * (what the council and the decision rest on), and the sending itself counted as a dossier of the award's public
 * procedure at the receiving office, online only from the unit's own account (seed 000).
 */
@Component
class IndicatorLinks {

    private final IndicatorSnapshots snapshots;
    private final DossierIngest ingest;
    private final JdbcTemplate jdbc;

    IndicatorLinks(IndicatorSnapshots snapshots, DossierIngest ingest, JdbcTemplate jdbc) {
        this.snapshots = snapshots;
        this.ingest = ingest;
        this.jdbc = jdbc;
    }

    void freezeValues(Dossier dossier) {
        int year = dossier.achievementYear();
        for (DossierNominee nominee : dossier.nominees()) {
            if (nominee.unitId() != null) {
                snapshots.freeze(DossierView.Nominee.snapshotReference(nominee.id()), nominee.unitId(),
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        }
    }

    /** Counts the sending when the award's procedure code is configured (dos_award_procedure). */
    void countSending(Dossier dossier, SubmissionChannel channel, LocalDateTime at) {
        jdbc.queryForList("select procedure_code from dos_award_procedure where award_code = ? "
                + "and procedure_code is not null", String.class, dossier.awardCode()).stream().findFirst()
                .ifPresent(procedure -> ingest.recordServiceDossier(new DossierIngest.ServiceDossier(
                        "TDKT-" + dossier.id(), procedure, dossier.receivingUnitId(),
                        channel != SubmissionChannel.PAPER,
                        switch (channel) {
                            case ONLINE_OWN_ACCOUNT -> "TO_CHUC";
                            case ONLINE_ON_BEHALF -> "CAN_BO";
                            case PAPER -> null;
                        }, at)));
    }
}
