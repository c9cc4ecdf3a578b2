package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * The eligibility engine as other modules and the pages see it. Reads check the reader's scope over the subject;
 * changes need the TĐKT office (criteria) or a unit officer (manual facts) and are audited.
 */
public interface EligibilityCheck {

    /**
     * Compiles and type-checks a CEL criterion against the vocabulary of docs/RULES.md, within the size limits.
     * The campaign module calls this when a campaign's criteria are saved.
     *
     * @return the problems with their line and column; empty when the expression is valid
     */
    List<ExpressionProblem> checkCriterionExpression(String expression);

    /** Judges a subject for an award with the rule set in force on {@code on}, over the achievement year. */
    Verdict evaluate(SubjectRef subject, String awardCode, int year, LocalDate on);

    /**
     * Judges a subject against given criteria (e.g. a campaign's), with indicators over [periodFrom, periodTo]
     * and awards counted within that period. The legal principles apply as in every evaluation.
     */
    Verdict evaluateCriteria(SubjectRef subject, String label, List<CriterionDefinition> criteria, int year,
            LocalDate periodFrom, LocalDate periodTo, LocalDate on);

    /** Judges every person (INDIVIDUAL) or unit (COLLECTIVE) of the unit's subtree for the award. */
    Prescreen prescreen(String awardCode, SubjectType subjectType, long unitId, int year, LocalDate on);

    /**
     * Judges every subject of the unit's subtree against given criteria (a campaign's), with indicators over
     * [periodFrom, periodTo]; {@code label} names the campaign in the result.
     */
    Prescreen prescreenCriteria(String label, List<CriterionDefinition> criteria, SubjectType subjectType,
            long unitId, int year, LocalDate periodFrom, LocalDate periodTo, LocalDate on);

    /** The pre-screen as an Excel workbook (one row per subject, one column per criterion). */
    byte[] prescreenWorkbook(Prescreen prescreen);

    /** The rule sets of an award, every version. */
    List<RuleSetView> ruleSets(String awardCode);

    /**
     * Changes a criterion's expression (or name, route, basis) after checking it; refuses invalid CEL with the
     * position of the error. Only the provincial TĐKT office; audited with the reason.
     */
    RuleSetView.CriterionView saveCriterion(long criterionId, long expectedVersion, CriterionDefinition change,
            String reason);

    /** Enters an indicator value or a rank by hand for a unit and period; audited. */
    long enterManualFact(ManualFact fact, String reason);
}
