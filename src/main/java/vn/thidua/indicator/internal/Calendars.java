package vn.thidua.indicator.internal;

import java.util.HashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.indicator.WorkingDays;

/** Reads the holidays of the working-day calendar. */
@Repository
class Calendars implements WorkingDays {

    private final JdbcTemplate jdbc;

    Calendars(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public java.time.LocalDate addWorkingDays(java.time.LocalDate start, int days) {
        return calendar().afterWorkingDays(start.atStartOfDay(), days).toLocalDate();
    }

    WorkingCalendar calendar() {
        return new WorkingCalendar(new HashSet<>(jdbc.queryForList("select holiday from ind_holiday",
                java.time.LocalDate.class)));
    }
}
