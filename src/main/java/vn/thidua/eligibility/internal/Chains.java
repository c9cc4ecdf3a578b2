package vn.thidua.eligibility.internal;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Consecutive-year chains (số năm liên tục): counts the years ending at a year in which a condition held, going back
 * until a year where it did not, or where the record is missing, or that is not after the end of a discipline.
 */
final class Chains {

    private Chains() {
    }

    /**
     * @param year          the last year of the chain
     * @param held          whether the condition held in a year
     * @param recorded      the years that have a record at all (a missing year breaks the chain)
     * @param firstCounting the first year whose achievements count (after the end of the latest discipline)
     */
    static int consecutive(int year, IntPredicate held, Set<Integer> recorded, int firstCounting) {
        int count = 0;
        for (int y = year; y >= firstCounting && recorded.contains(y) && held.test(y); y--) {
            count++;
        }
        return count;
    }
}
