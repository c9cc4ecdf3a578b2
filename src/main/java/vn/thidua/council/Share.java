package vn.thidua.council;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Tỷ lệ (a share of members) kept as an exact fraction: two thirds is 2/3, not 0.6667, so that 6 of 9 members
 * is a quorum and no rounding ever decides a vote.
 */
public record Share(int numerator, int denominator) {

    public Share {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator);
        }
    }

    /** Reads «2/3», «90%» or «0.8». */
    public static Share parse(String text) {
        String value = text.strip();
        if (value.endsWith("%")) {
            return new Share(Integer.parseInt(value.substring(0, value.length() - 1).strip()), 100).reduced();
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            return new Share(Integer.parseInt(value.substring(0, slash).strip()),
                    Integer.parseInt(value.substring(slash + 1).strip()));
        }
        BigDecimal decimal = new BigDecimal(value);
        int scale = Math.max(decimal.scale(), 0);
        int denominator = BigInteger.TEN.pow(scale).intValueExact();
        return new Share(decimal.movePointRight(scale).intValueExact(), denominator).reduced();
    }

    /** The smallest whole number of members that is at least this share of the base. */
    public int atLeastOf(int base) {
        long product = (long) numerator * base;
        return (int) ((product + denominator - 1) / denominator);
    }

    private Share reduced() {
        int gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).intValue();
        return gcd <= 1 ? this : new Share(numerator / gcd, denominator / gcd);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
