package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads and records achievements. Readers need a role over the subject's unit; writers are the unit's TĐKT officer
 * or the TĐKT office; every change is audited with its reason.
 */
public interface AchievementRecords {

    List<PersonYear> personYears(long personId);

    List<UnitYear> unitYears(long unitId);

    List<Discipline> disciplines(long personId);

    List<PendingCase> pendingCases(PendingCase.SubjectKind subjectType, long subjectId);

    List<Initiative> initiatives(long personId);

    List<UnitAward> unitAwards(long unitId);

    void ratePerson(long personId, int year, TaskRating rating, boolean maternityLeave, String source,
            String reason);

    void rateUnit(UnitYear year, String reason);

    long recordDiscipline(long personId, Discipline.Form form, LocalDate decidedOn, LocalDate from, LocalDate to,
            String decisionNumber, String reason);

    long openCase(PendingCase.SubjectKind subjectType, long subjectId, PendingCase.Kind kind, LocalDate openedOn,
            String note, String reason);

    void closeCase(long caseId, LocalDate closedOn, String reason);

    long recordInitiative(long personId, String title, Initiative.WorkKind kind, Initiative.Scope scope,
            LocalDate recognisedOn, String recognisedBy, String reason);

    /** Marks the initiative as backing an award; refused when another award already used it. */
    void useInitiative(long initiativeId, String awardCode, int year, String reason);

    long recordUnitAward(long unitId, String awardCode, int year, String kindCode, String decisionNumber,
            LocalDate decisionDate, String reason);
}
