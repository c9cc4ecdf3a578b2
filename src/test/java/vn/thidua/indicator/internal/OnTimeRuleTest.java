package vn.thidua.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.indicator.internal.OnTimeRule.Verdict;

/** The on-time rule on hand-built dossiers with known answers. */
class OnTimeRuleTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 2)));
    private static final LocalDateTime PERIOD_END = LocalDateTime.of(2026, 9, 30, 23, 59);

    private static DossierRecord dossier(int status, String received, String due, String finished, String returned,
            List<DossierRecord.Supplement> supplements) {
        return new DossierRecord("H1", "U", "P", 2, "CONG_DAN", false, status, at(received), at(due), at(finished),
                at(returned), null, false, false, false, false, supplements);
    }

    private static LocalDateTime at(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    @Test
    void theFirstTerminalTimeByPriorityDecides() {
        // finished processing on time, but the result was handed over late: processing end decides
        DossierRecord finishedFirst = dossier(10, "2026-09-07T08:00", "2026-09-10T17:00", "2026-09-10T16:00",
                "2026-09-14T09:00", List.of());
        assertThat(OnTimeRule.judge(finishedFirst, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.ON_TIME);
        // no processing end recorded: the hand-over time is the end
        DossierRecord returnedOnly = dossier(10, "2026-09-07T08:00", "2026-09-10T17:00", null, "2026-09-14T09:00",
                List.of());
        assertThat(OnTimeRule.judge(returnedOnly, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.LATE);
    }

    @Test
    void anOpenDossierIsJudgedAtTheEndOfThePeriod() {
        DossierRecord open = dossier(4, "2026-09-07T08:00", "2026-10-05T17:00", null, null, List.of());
        assertThat(OnTimeRule.judge(open, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.OPEN_IN_TIME);
        DossierRecord overdue = dossier(4, "2026-09-07T08:00", "2026-09-20T17:00", null, null, List.of());
        assertThat(OnTimeRule.judge(overdue, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.OPEN_OVERDUE);
    }

    @Test
    void theTimeTheApplicantTookToSupplementIsSubtracted() {
        // due on the 10th, finished on the 14th, but the applicant held it from the 8th to the 12th: on time
        var round = new DossierRecord.Supplement(at("2026-09-08T09:00"), at("2026-09-12T09:00"));
        DossierRecord supplemented = dossier(9, "2026-09-07T08:00", "2026-09-10T17:00", "2026-09-14T10:00", null,
                List.of(round));
        assertThat(OnTimeRule.judge(supplemented, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.ON_TIME);
        DossierRecord tooLate = dossier(9, "2026-09-07T08:00", "2026-09-10T17:00", "2026-09-15T10:00", null,
                List.of(round));
        assertThat(OnTimeRule.judge(tooLate, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.LATE);
    }

    @Test
    void moreThanOneSupplementationIsOverdue() {
        var first = new DossierRecord.Supplement(at("2026-09-08T09:00"), at("2026-09-08T15:00"));
        var second = new DossierRecord.Supplement(at("2026-09-09T09:00"), at("2026-09-09T15:00"));
        DossierRecord twice = dossier(9, "2026-09-07T08:00", "2026-09-30T17:00", "2026-09-10T10:00", null,
                List.of(first, second));
        assertThat(OnTimeRule.judge(twice, 5, CALENDAR, PERIOD_END)).isEqualTo(Verdict.LATE);
    }

    @Test
    void aMissingDeadlineFallsBackToTheStatutoryWorkingDays() {
        // received Friday 28/8; 3 working days are 31/8, 3/9 and 4/9 (weekend and the holidays of 1–2/9 skipped)
        assertThat(CALENDAR.afterWorkingDays(at("2026-08-28T10:00"), 3)).isEqualTo(at("2026-09-04T23:59:59.999999999"));
        DossierRecord inTime = dossier(9, "2026-08-28T10:00", null, "2026-09-04T16:00", null, List.of());
        assertThat(OnTimeRule.judge(inTime, 3, CALENDAR, PERIOD_END)).isEqualTo(Verdict.ON_TIME);
        DossierRecord late = dossier(9, "2026-08-28T10:00", null, "2026-09-07T08:00", null, List.of());
        assertThat(OnTimeRule.judge(late, 3, CALENDAR, PERIOD_END)).isEqualTo(Verdict.LATE);
    }

    @Test
    void withdrawnAndUnreceivedDossiersAreNotCounted() {
        assertThat(OnTimeRule.judge(dossier(7, "2026-09-07T08:00", null, null, null, List.of()), 5, CALENDAR,
                PERIOD_END)).isEqualTo(Verdict.NOT_COUNTED);
        assertThat(OnTimeRule.judge(dossier(3, "2026-09-07T08:00", null, null, null, List.of()), 5, CALENDAR,
                PERIOD_END)).isEqualTo(Verdict.NOT_COUNTED);
    }
}
