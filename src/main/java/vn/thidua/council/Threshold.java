package vn.thidua.council;

/**
 * Ngưỡng biểu quyết: the share of ALL council members whose yes an award needs, as law data with its source.
 * Most awards need «từ … % trở lên» (at least the share); a plain majority is «quá nửa» (strictly more than half).
 */
public record Threshold(Share share, boolean strictlyMore, String legalSource) {

    public boolean isMetBy(int yes, int base) {
        if (base <= 0) {
            return false;
        }
        long left = (long) yes * share.denominator();
        long right = (long) share.numerator() * base;
        return strictlyMore ? left > right : left >= right;
    }

    /** The fewest yes votes that meet the threshold on the base. */
    public int minimumOf(int base) {
        long product = (long) share.numerator() * base;
        long floor = product / share.denominator();
        boolean exact = product % share.denominator() == 0;
        return (int) (strictlyMore || !exact ? floor + 1 : floor);
    }
}
