package vn.thidua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrafficLightTest {

    private static final BigDecimal AMBER = new BigDecimal("0.9");

    private static IndicatorValue value(String v) {
        LocalDate day = LocalDate.of(2024, 1, 1);
        return new IndicatorValue("X", 1, day, day, new BigDecimal(v), null, null, "PERCENT", 1, "test");
    }

    @Test
    void aRateIsGreenWhenMetAmberWhenCloseRedOtherwise() {
        BigDecimal target = BigDecimal.valueOf(90);
        assertThat(TrafficLight.of(value("90"), ">=", target, AMBER)).isEqualTo(TrafficLight.GREEN);
        assertThat(TrafficLight.of(value("81"), ">=", target, AMBER)).isEqualTo(TrafficLight.AMBER);
        assertThat(TrafficLight.of(value("80.99"), ">=", target, AMBER)).isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(null, ">=", target, AMBER)).as("no value is not a failure")
                .isEqualTo(TrafficLight.NONE);
    }

    @Test
    void aRankIsBetterWhenLower() {
        BigDecimal target = BigDecimal.valueOf(4);
        assertThat(TrafficLight.of(value("4"), "<=", target, AMBER)).isEqualTo(TrafficLight.GREEN);
        assertThat(TrafficLight.of(value("4.4"), "<=", target, AMBER)).isEqualTo(TrafficLight.AMBER);
        assertThat(TrafficLight.of(value("5"), "<=", target, AMBER)).isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(value("2"), "==", BigDecimal.ONE, AMBER)).isEqualTo(TrafficLight.RED);
    }
}
