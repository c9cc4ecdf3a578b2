package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Kết quả xét: the outcome for one subject and award under the rule set in force on the date, criterion by
 * criterion.
 *
 * @param ruleSetCode     the rule set applied (its legal basis says which decree)
 * @param missing         how many criteria stand between the subject and PASS (0 when it passes); a subject with
 *                        1 is «one criterion short»
 * @param tiePreference   whether the tie rule prefers the subject (a woman, a collective with enough women)
 */
public record Verdict(SubjectRef subject, String subjectName, String awardCode, String ruleSetCode,
        String ruleSetBasis, boolean ruleSetVerified, int year, LocalDate on, Outcome outcome,
        List<CriterionResult> criteria, int missing, boolean tiePreference) {
}
