package vn.thidua.campaign.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentage caps: floor(base × percent / 100), computed exactly (no binary rounding surprises). */
final class QuotaMath {

    private QuotaMath() {
    }

    static int floorPercent(int base, double percent) {
        if (base < 0) {
            throw new IllegalArgumentException("base " + base);
        }
        return BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * Whether one more place may be taken. With a minimum kept for nominees from below the scope unit, a nominee of
     * the unit itself may not eat into the places still owed to the units below.
     */
    static boolean admits(Integer cap, int used, int usedBelow, boolean below, Integer minimumFromBelow,
            boolean hasUnitsBelow) {
        if (cap == null) {
            return true;
        }
        int owed = 0;
        if (!below && minimumFromBelow != null && hasUnitsBelow) {
            owed = Math.max(0, minimumFromBelow - usedBelow);
        }
        return used + 1 + owed <= cap;
    }
}
