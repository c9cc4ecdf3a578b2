package vn.thidua.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The arithmetic of caps: percentages floored exactly, and places kept for the units below. */
class QuotaMathTest {

    @Test
    void aPercentageCapIsFlooredExactly() {
        assertThat(QuotaMath.floorPercent(20, 15)).isEqualTo(3);
        assertThat(QuotaMath.floorPercent(19, 15)).as("2.85 floors to 2").isEqualTo(2);
        assertThat(QuotaMath.floorPercent(10, 30)).as("3.0000000000000004 in binary, 3 exactly").isEqualTo(3);
        assertThat(QuotaMath.floorPercent(7, 10)).isZero();
        assertThat(QuotaMath.floorPercent(0, 50)).isZero();
    }

    @Test
    void theUnitItselfCannotTakeThePlaceOwedToItsSubordinates() {
        // cap 2 with at least 1 from below: the unit takes the first place, not the second
        assertThat(QuotaMath.admits(2, 0, 0, false, 1, true)).isTrue();
        assertThat(QuotaMath.admits(2, 1, 0, false, 1, true)).isFalse();
        assertThat(QuotaMath.admits(2, 1, 0, true, 1, true)).as("a subordinate takes it").isTrue();
        assertThat(QuotaMath.admits(2, 1, 1, false, 1, true)).as("the minimum is met").isTrue();
        assertThat(QuotaMath.admits(2, 2, 1, true, 1, true)).as("full").isFalse();
        assertThat(QuotaMath.admits(2, 1, 0, false, 1, false)).as("no units below, nothing owed").isTrue();
        assertThat(QuotaMath.admits(null, 100, 0, false, null, false)).as("no cap").isTrue();
    }
}
