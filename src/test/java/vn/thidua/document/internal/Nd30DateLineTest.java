package vn.thidua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Nd30DateLineTest {

    @Test
    void padsDaysBelowTenAndMonthsBelowThree() {
        assertThat(Nd30DateLine.format("Sơn Hà", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Sơn Hà, ngày 05 tháng 02 năm 2026");
    }

    @Test
    void leavesTwoDigitDaysAndMonthsAlone() {
        assertThat(Nd30DateLine.format("Sơn Hà", LocalDate.of(2026, 11, 22)))
                .isEqualTo("Sơn Hà, ngày 22 tháng 11 năm 2026");
    }

    @Test
    void doesNotPadMonthsFromMarchOn() {
        assertThat(Nd30DateLine.format("Sơn Hà", LocalDate.of(2026, 3, 3)))
                .isEqualTo("Sơn Hà, ngày 03 tháng 3 năm 2026");
    }
}
