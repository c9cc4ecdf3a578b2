package vn.thidua.achievement.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Discipline;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.PendingCase;
import vn.thidua.achievement.PersonYear;
import vn.thidua.achievement.TaskRating;
import vn.thidua.achievement.UnitAward;
import vn.thidua.achievement.UnitYear;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/** Keeps achievement records in plain tables; checks scope first, audits every change in the same transaction. */
@Service
@Transactional(readOnly = true)
class AchievementService implements AchievementRecords {

    static final Role[] WRITERS = {Role.UNIT_OFFICER, Role.TDKT_OFFICE, Role.ADMIN};

    private final JdbcTemplate jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;

    AchievementService(JdbcTemplate jdbc, AccessControl access, AuditLog audit, OrganizationDirectory organization,
            AwardCatalog catalog) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.organization = organization;
        this.catalog = catalog;
    }

    @Override
    public List<PersonYear> personYears(long personId) {
        readPerson(personId);
        return jdbc.query("select * from ach_person_year where person_id = ? order by rating_year",
                AchievementRows.PERSON_YEAR, personId);
    }

    @Override
    public List<UnitYear> unitYears(long unitId) {
        readUnit(unitId);
        return jdbc.query("select * from ach_unit_year where unit_id = ? order by rating_year",
                AchievementRows.UNIT_YEAR, unitId);
    }

    @Override
    public List<Discipline> disciplines(long personId) {
        readPerson(personId);
        return jdbc.query("select * from ach_discipline where person_id = ? order by effective_from",
                AchievementRows.DISCIPLINE, personId);
    }

    @Override
    public List<PendingCase> pendingCases(PendingCase.SubjectKind subjectType, long subjectId) {
        if (subjectType == PendingCase.SubjectKind.INDIVIDUAL) {
            readPerson(subjectId);
        } else {
            readUnit(subjectId);
        }
        return jdbc.query("""
                select * from ach_pending_case where subject_type = ? and subject_id = ? order by opened_on
                """, AchievementRows.PENDING_CASE, subjectType.name(), subjectId);
    }

    @Override
    public List<Initiative> initiatives(long personId) {
        readPerson(personId);
        return jdbc.query("select * from ach_initiative where person_id = ? order by recognised_on",
                AchievementRows.INITIATIVE, personId);
    }

    @Override
    public List<UnitAward> unitAwards(long unitId) {
        readUnit(unitId);
        return jdbc.query("select * from ach_unit_award where unit_id = ? order by award_year",
                AchievementRows.UNIT_AWARD, unitId);
    }

    @Override
    @Transactional
    public void ratePerson(long personId, int year, TaskRating rating, boolean maternityLeave, String source,
            String reason) {
        writePerson(personId);
        requireYear(year);
        require(rating != null, "rating");
        require(source != null && !source.isBlank() && source.length() <= 255, "source");
        List<PersonYear> before = jdbc.query("select * from ach_person_year where person_id = ? and rating_year = ?",
                AchievementRows.PERSON_YEAR, personId, year);
        if (before.isEmpty()) {
            jdbc.update("""
                    insert into ach_person_year (person_id, rating_year, rating, maternity_leave, source)
                    values (?, ?, ?, ?, ?)
                    """, personId, year, rating.name(), maternityLeave, source.strip());
        } else {
            jdbc.update("""
                    update ach_person_year set rating = ?, maternity_leave = ?, source = ?, version = version + 1
                    where person_id = ? and rating_year = ?
                    """, rating.name(), maternityLeave, source.strip(), personId, year);
        }
        audit.record("achievement.person.rate", "PersonYear", personId + "/" + year,
                before.isEmpty() ? null : before.get(0),
                new PersonYear(personId, year, rating, maternityLeave, source.strip()), reason);
    }

    @Override
    @Transactional
    public void rateUnit(UnitYear year, String reason) {
        writeUnit(year.unitId());
        requireYear(year.year());
        require(year.memberCount() >= 0 && year.womenCount() >= 0 && year.womenCount() <= year.memberCount(),
                "womenCount");
        for (Integer count : new Integer[] {year.completedCount(), year.ldttCount(), year.cstdcsCount(),
                year.disciplinedCount()}) {
            require(count == null || count >= 0 && count <= year.memberCount(), "memberCount");
        }
        require(year.source() != null && !year.source().isBlank() && year.source().length() <= 255, "source");
        List<UnitYear> before = jdbc.query("select * from ach_unit_year where unit_id = ? and rating_year = ?",
                AchievementRows.UNIT_YEAR, year.unitId(), year.year());
        jdbc.update("delete from ach_unit_year where unit_id = ? and rating_year = ?", year.unitId(), year.year());
        jdbc.update("""
                insert into ach_unit_year (unit_id, rating_year, rating, member_count, women_count, completed_count,
                    ldtt_count, cstdcs_count, disciplined_count, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, year.unitId(), year.year(), year.rating() == null ? null : year.rating().name(),
                year.memberCount(), year.womenCount(), year.completedCount(), year.ldttCount(), year.cstdcsCount(),
                year.disciplinedCount(), year.source().strip());
        audit.record("achievement.unit.rate", "UnitYear", year.unitId() + "/" + year.year(),
                before.isEmpty() ? null : before.get(0), year, reason);
    }

    @Override
    @Transactional
    public long recordDiscipline(long personId, Discipline.Form form, LocalDate decidedOn, LocalDate from,
            LocalDate to, String decisionNumber, String reason) {
        writePerson(personId);
        require(form != null, "form");
        require(decidedOn != null, "decidedOn");
        require(from != null, "effectiveFrom");
        require(to != null && !to.isBefore(from), "effectiveTo");
        require(decisionNumber != null && !decisionNumber.isBlank() && decisionNumber.length() <= 60,
                "decisionNumber");
        long id = Inserts.insert(jdbc, """
                insert into ach_discipline (person_id, form, decided_on, effective_from, effective_to, decision_number)
                values (?, ?, ?, ?, ?, ?)
                """, personId, form.name(), Date.valueOf(decidedOn), Date.valueOf(from), Date.valueOf(to),
                decisionNumber.strip());
        audit.record("achievement.discipline", "Discipline", id, null,
                new Discipline(id, personId, form, decidedOn, from, to, decisionNumber.strip()), reason);
        return id;
    }

    @Override
    @Transactional
    public long openCase(PendingCase.SubjectKind subjectType, long subjectId, PendingCase.Kind kind,
            LocalDate openedOn, String note, String reason) {
        require(subjectType != null, "subjectType");
        if (subjectType == PendingCase.SubjectKind.INDIVIDUAL) {
            writePerson(subjectId);
        } else {
            writeUnit(subjectId);
        }
        require(kind != null, "kind");
        require(openedOn != null, "openedOn");
        require(note != null && !note.isBlank() && note.length() <= 500, "note");
        long id = Inserts.insert(jdbc, """
                insert into ach_pending_case (subject_type, subject_id, case_kind, opened_on, note)
                values (?, ?, ?, ?, ?)
                """, subjectType.name(), subjectId, kind.name(), Date.valueOf(openedOn), note.strip());
        audit.record("achievement.case.open", "PendingCase", id, null,
                new PendingCase(id, subjectType, subjectId, kind, openedOn, null, note.strip()), reason);
        return id;
    }

    @Override
    @Transactional
    public void closeCase(long caseId, LocalDate closedOn, String reason) {
        PendingCase before = jdbc.query("select * from ach_pending_case where id = ?", AchievementRows.PENDING_CASE,
                caseId).stream().findFirst().orElseThrow(() -> new NotFoundException("PendingCase", caseId));
        if (before.subjectType() == PendingCase.SubjectKind.INDIVIDUAL) {
            writePerson(before.subjectId());
        } else {
            writeUnit(before.subjectId());
        }
        require(closedOn != null && !closedOn.isBefore(before.openedOn()), "closedOn");
        require(before.closedOn() == null, "closedOn");
        jdbc.update("update ach_pending_case set closed_on = ? where id = ?", Date.valueOf(closedOn), caseId);
        audit.record("achievement.case.close", "PendingCase", caseId, before, Map.of("closedOn", closedOn.toString()),
                reason);
    }

    @Override
    @Transactional
    public long recordInitiative(long personId, String title, Initiative.WorkKind kind, Initiative.Scope scope,
            LocalDate recognisedOn, String recognisedBy, String reason) {
        writePerson(personId);
        require(title != null && !title.isBlank() && title.length() <= 500, "title");
        require(kind != null, "kind");
        require(scope != null, "scope");
        require(recognisedOn != null, "recognisedOn");
        require(recognisedBy != null && !recognisedBy.isBlank() && recognisedBy.length() <= 255, "recognisedBy");
        long id = Inserts.insert(jdbc, """
                insert into ach_initiative (person_id, title, work_kind, scope, recognised_on, recognised_by)
                values (?, ?, ?, ?, ?, ?)
                """, personId, title.strip(), kind.name(), scope.name(), Date.valueOf(recognisedOn),
                recognisedBy.strip());
        audit.record("achievement.initiative", "Initiative", id, null, new Initiative(id, personId, title.strip(),
                kind, scope, recognisedOn, recognisedBy.strip(), null, null, 0), reason);
        return id;
    }

    @Override
    @Transactional
    public void useInitiative(long initiativeId, String awardCode, int year, String reason) {
        Initiative before = jdbc.query("select * from ach_initiative where id = ?", AchievementRows.INITIATIVE,
                initiativeId).stream().findFirst().orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        writePerson(before.personId());
        require(awardCode != null && catalog.awardType(awardCode).isPresent(), "awardCode");
        requireYear(year);
        int changed = jdbc.update("""
                update ach_initiative set used_award_code = ?, used_year = ?, version = version + 1
                where id = ? and used_award_code is null
                """, awardCode, year, initiativeId);
        if (changed == 0) {
            throw new BusinessRuleException("error.initiative.used", "initiativeId", before.title(),
                    before.usedAwardCode(), before.usedYear());
        }
        audit.record("achievement.initiative.use", "Initiative", initiativeId, before,
                Map.of("usedAwardCode", awardCode, "usedYear", year), reason);
    }

    @Override
    @Transactional
    public long recordUnitAward(long unitId, String awardCode, int year, String kindCode, String decisionNumber,
            LocalDate decisionDate, String reason) {
        writeUnit(unitId);
        require(awardCode != null && catalog.awardType(awardCode).isPresent(), "awardCode");
        requireYear(year);
        require(kindCode != null && catalog.commendationKinds().stream().anyMatch(k -> k.code().equals(kindCode)),
                "kindCode");
        require(decisionNumber != null && !decisionNumber.isBlank() && decisionNumber.length() <= 60,
                "decisionNumber");
        require(decisionDate != null, "decisionDate");
        long id = Inserts.insert(jdbc, """
                insert into ach_unit_award (unit_id, award_code, award_year, kind_code, decision_number, decision_date)
                values (?, ?, ?, ?, ?, ?)
                """, unitId, awardCode, year, kindCode, decisionNumber.strip(), Date.valueOf(decisionDate));
        audit.record("achievement.unit.award", "UnitAward", id, null,
                new UnitAward(id, unitId, awardCode, year, kindCode, decisionNumber.strip(), decisionDate), reason);
        return id;
    }

    private void readPerson(long personId) {
        organization.person(personId);
    }

    private void readUnit(long unitId) {
        organization.unit(unitId);
        if (!access.isUnrestricted()) {
            access.require(unitId, Role.values());
        }
    }

    private void writePerson(long personId) {
        long unitId = organization.person(personId).unitId();
        if (!access.isUnrestricted()) {
            access.require(unitId, WRITERS);
        }
    }

    private void writeUnit(long unitId) {
        organization.unit(unitId);
        if (!access.isUnrestricted()) {
            access.require(unitId, WRITERS);
        }
    }

    private static void requireYear(int year) {
        require(year >= 1990 && year <= 2100, "year");
    }

    private static void require(boolean condition, String field) {
        if (!condition) {
            throw new BusinessRuleException("error.achievement.invalid", field);
        }
    }
}
