package vn.thidua.indicator;

import java.time.LocalDate;

/** Ngày làm việc: the working-day calendar (weekends and the public holidays of the calendar table are off). */
public interface WorkingDays {

    /** The {@code days}-th working day after {@code start}: the last day of a limit of that many working days. */
    LocalDate addWorkingDays(LocalDate start, int days);
}
