package vn.thidua.catalog;

import java.math.BigDecimal;

/**
 * Tiền thưởng: multiplier × the base salary (mức lương cơ sở) in force on the decision date, rounded to the
 * đồng, with the sources of both figures.
 */
public record RewardAmount(BigDecimal multiplier, long baseSalary, long amount, String multiplierSource,
        String baseSalarySource) {
}
