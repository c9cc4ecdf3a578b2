package vn.thidua.indicator.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One dossier as the ingest understands it, from any of the formats: the fields of HoSoDongBoDVC the indicators
 * and the on-time rule need.
 *
 * @param channel       KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính
 * @param accountKind   the kind of account that filed it online (CONG_DAN, TO_CHUC for the applicant's own account;
 *                      CAN_BO when an officer keyed it in); null when not online
 * @param supplements   rounds of supplementation (yêu cầu bổ sung → công dân bổ sung)
 */
record DossierRecord(String maHoSo, String unitCode, String procedureCode, int channel, String accountKind,
        boolean vneidVerified, int status, LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime finishedAt,
        LocalDateTime returnedAt, LocalDateTime stoppedAt, boolean paidOnline, boolean hasFee, boolean digitised,
        boolean electronicResult, List<Supplement> supplements) {

    record Supplement(LocalDateTime requestedAt, LocalDateTime resubmittedAt) {
    }

    LocalDate receivedOn() {
        return receivedAt.toLocalDate();
    }
}
