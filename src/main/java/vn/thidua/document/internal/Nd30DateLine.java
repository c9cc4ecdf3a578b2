package vn.thidua.document.internal;

import java.time.LocalDate;

/**
 * The place-and-date line (địa danh và thời gian ban hành) of ND 30/2020, e.g. «Sơn Hà, ngày 05 tháng 02 năm 2026».
 * The decree pads only days below 10 and months below 3 with a zero, so that no one can later write a digit in
 * front of them («tháng 1» could become «tháng 11», «tháng 3» cannot become a month).
 */
public final class Nd30DateLine {

    private Nd30DateLine() {
    }

    public static String format(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return Nd30Content.WORDS.text("dateLine", place, day, month, String.valueOf(date.getYear()));
    }
}
