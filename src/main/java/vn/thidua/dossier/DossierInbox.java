package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;

/** Việc cần xử lý: the dossiers waiting for the signed-in user, with the deadline of the step when the law sets one. */
public interface DossierInbox {

    /**
     * @param action what is expected: {@code RECEIVE} (check, receive or return), {@code APPRAISE}, {@code SUPPLEMENT}
     *               (returned to the unit), {@code SEND} (a draft)
     * @param due    the last day of the step, in working days from its start; null when no limit applies
     * @param legalSource where the limit comes from
     * @param unitId      the unit that has to act (the receiving level, or the proposing unit)
     */
    record Task(long dossierId, String title, DossierStatus status, String action, LocalDate due, boolean overdue,
            String legalSource, long unitId) {
    }

    List<Task> myTasks();

    /** Every dossier past the limit of its step, for the daily reminder; the system actor only. */
    List<Task> overdue();
}
