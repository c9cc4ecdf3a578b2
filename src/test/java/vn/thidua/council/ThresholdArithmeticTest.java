package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Shares and thresholds are exact fractions of the total membership: no rounding ever decides a vote. */
class ThresholdArithmeticTest {

    private static final Threshold NINETY = new Threshold(Share.parse("90%"), false, "ND 98/2023 Đ30 k7");
    private static final Threshold MAJORITY = new Threshold(Share.parse("1/2"), true, "đa số");

    @Test
    void ninetyPercentOfTheTotalMembership() {
        assertThat(NINETY.isMetBy(9, 10)).isTrue();
        assertThat(NINETY.isMetBy(8, 10)).isFalse();
        assertThat(NINETY.isMetBy(9, 11)).as("9/11 = 81.8 %").isFalse();
        assertThat(NINETY.isMetBy(10, 11)).isTrue();
        assertThat(NINETY.minimumOf(10)).isEqualTo(9);
        assertThat(NINETY.minimumOf(11)).isEqualTo(10);
        assertThat(NINETY.isMetBy(0, 0)).as("no members, no award").isFalse();
    }

    @Test
    void aMajorityIsStrictlyMoreThanHalf() {
        assertThat(MAJORITY.isMetBy(5, 10)).isFalse();
        assertThat(MAJORITY.isMetBy(6, 10)).isTrue();
        assertThat(MAJORITY.isMetBy(5, 9)).isTrue();
        assertThat(MAJORITY.minimumOf(10)).isEqualTo(6);
        assertThat(MAJORITY.minimumOf(9)).isEqualTo(5);
    }

    @Test
    void twoThirdsIsExact() {
        Share quorum = Share.parse("2/3");
        assertThat(quorum.atLeastOf(9)).isEqualTo(6);
        assertThat(quorum.atLeastOf(10)).isEqualTo(7);
        assertThat(quorum.atLeastOf(12)).isEqualTo(8);
    }

    @Test
    void sharesReadAsPercentFractionOrDecimal() {
        assertThat(Share.parse("80%")).isEqualTo(new Share(4, 5));
        assertThat(Share.parse("0.8")).isEqualTo(new Share(4, 5));
        assertThat(Share.parse(" 2 / 3 ")).isEqualTo(new Share(2, 3));
    }

    @Test
    void anAwardSessionNeedsTheHigherOfQuorumAndAwardPresence() {
        CouncilRules rules = new CouncilRules(LocalDate.of(2024, 1, 1), new Share(2, 3), new Share(4, 5), false, MAJORITY, "x");
        assertThat(rules.presenceFor(SessionKind.ORDINARY).atLeastOf(10)).isEqualTo(7);
        assertThat(rules.presenceFor(SessionKind.AWARD).atLeastOf(10)).isEqualTo(8);
        CouncilRules withoutAwardRule = new CouncilRules(LocalDate.of(2024, 1, 1), new Share(2, 3), null, false, MAJORITY, "x");
        assertThat(withoutAwardRule.presenceFor(SessionKind.AWARD).atLeastOf(10)).isEqualTo(7);
    }
}
