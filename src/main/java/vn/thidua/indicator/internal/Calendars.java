package vn.thidua.indicator.internal;

import java.util.HashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the holidays of the working-day calendar. */
@Repository
class Calendars {

    private final JdbcTemplate jdbc;

    Calendars(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    WorkingCalendar calendar() {
        return new WorkingCalendar(new HashSet<>(jdbc.queryForList("select holiday from ind_holiday",
                java.time.LocalDate.class)));
    }
}
