package vn.thidua.indicator.internal;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Đúng hạn (QĐ 766 as the DVCQG computes it): the end of processing is the first terminal time by priority (đã xử lý
 * xong, then đã trả kết quả, then dừng xử lý); the due time is NgayHenTra, or the statutory duration in working days
 * when the record has none; the time the citizen took to supplement is added to the due time; more than one
 * supplementation makes the dossier overdue; a dossier still open is judged at the end of the period.
 */
final class OnTimeRule {

    /** Statuses (TrangThaiHoSo) that end processing: 8 dừng xử lý, 9 đã xử lý xong, 10 đã trả kết quả. */
    static boolean isTerminal(int status) {
        return status == 8 || status == 9 || status == 10;
    }

    /** Statuses that were never received, or withdrawn by the applicant: 1, 3, 7. */
    static boolean isCounted(int status) {
        return status != 1 && status != 3 && status != 7;
    }

    enum Verdict {
        ON_TIME, LATE, OPEN_IN_TIME, OPEN_OVERDUE, NOT_COUNTED
    }

    private OnTimeRule() {
    }

    static Verdict judge(DossierRecord dossier, int statutoryDays, WorkingCalendar calendar, LocalDateTime periodEnd) {
        if (!isCounted(dossier.status())) {
            return Verdict.NOT_COUNTED;
        }
        LocalDateTime end = endOfProcessing(dossier);
        boolean open = end == null;
        if (dossier.supplements().size() > 1) {
            return open ? Verdict.OPEN_OVERDUE : Verdict.LATE;
        }
        LocalDateTime due = dossier.dueAt() != null ? dossier.dueAt()
                : calendar.afterWorkingDays(dossier.receivedAt(), statutoryDays);
        for (DossierRecord.Supplement round : dossier.supplements()) {
            LocalDateTime back = round.resubmittedAt() != null ? round.resubmittedAt() : open ? periodEnd : end;
            if (round.requestedAt() != null && back.isAfter(round.requestedAt())) {
                due = due.plus(Duration.between(round.requestedAt(), back));
            }
        }
        if (open) {
            return periodEnd.isAfter(due) ? Verdict.OPEN_OVERDUE : Verdict.OPEN_IN_TIME;
        }
        return end.isAfter(due) ? Verdict.LATE : Verdict.ON_TIME;
    }

    /** The first terminal time by priority, or null while the dossier is still being processed. */
    static LocalDateTime endOfProcessing(DossierRecord dossier) {
        if (!isTerminal(dossier.status())) {
            return null;
        }
        if (dossier.finishedAt() != null) {
            return dossier.finishedAt();
        }
        if (dossier.returnedAt() != null) {
            return dossier.returnedAt();
        }
        return dossier.stoppedAt();
    }
}
