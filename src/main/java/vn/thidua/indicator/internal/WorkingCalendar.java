package vn.thidua.indicator.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * Lịch làm việc: Saturdays, Sundays and the public holidays of the {@code ind_holiday} table are not working days.
 * A deadline of N working days ends at the close of the Nth working day after reception.
 */
final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The end of the {@code days}-th working day after the day of {@code start}. */
    LocalDateTime afterWorkingDays(LocalDateTime start, int days) {
        LocalDate day = start.toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return LocalDateTime.of(day, LocalTime.MAX);
    }
}
