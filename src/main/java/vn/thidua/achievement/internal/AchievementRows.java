package vn.thidua.achievement.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.RowMapper;
import vn.thidua.achievement.Discipline;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.PendingCase;
import vn.thidua.achievement.PersonYear;
import vn.thidua.achievement.TaskRating;
import vn.thidua.achievement.UnitAward;
import vn.thidua.achievement.UnitYear;

/** Row mappers of the achievement tables. */
final class AchievementRows {

    static final RowMapper<PersonYear> PERSON_YEAR = (rs, n) -> new PersonYear(rs.getLong("person_id"),
            rs.getInt("rating_year"), TaskRating.valueOf(rs.getString("rating")), rs.getBoolean("maternity_leave"),
            rs.getString("source"));

    static final RowMapper<UnitYear> UNIT_YEAR = (rs, n) -> new UnitYear(rs.getLong("unit_id"),
            rs.getInt("rating_year"),
            rs.getString("rating") == null ? null : TaskRating.valueOf(rs.getString("rating")),
            rs.getInt("member_count"), rs.getInt("women_count"), (Integer) rs.getObject("completed_count"),
            (Integer) rs.getObject("ldtt_count"), (Integer) rs.getObject("cstdcs_count"),
            (Integer) rs.getObject("disciplined_count"), rs.getString("source"));

    static final RowMapper<Discipline> DISCIPLINE = (rs, n) -> new Discipline(rs.getLong("id"),
            rs.getLong("person_id"), Discipline.Form.valueOf(rs.getString("form")),
            rs.getObject("decided_on", LocalDate.class), rs.getObject("effective_from", LocalDate.class),
            rs.getObject("effective_to", LocalDate.class), rs.getString("decision_number"));

    static final RowMapper<PendingCase> PENDING_CASE = (rs, n) -> new PendingCase(rs.getLong("id"),
            PendingCase.SubjectKind.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
            PendingCase.Kind.valueOf(rs.getString("case_kind")), rs.getObject("opened_on", LocalDate.class),
            rs.getObject("closed_on", LocalDate.class), rs.getString("note"));

    static final RowMapper<Initiative> INITIATIVE = (rs, n) -> new Initiative(rs.getLong("id"),
            rs.getLong("person_id"), rs.getString("title"), Initiative.WorkKind.valueOf(rs.getString("work_kind")),
            Initiative.Scope.valueOf(rs.getString("scope")), rs.getObject("recognised_on", LocalDate.class),
            rs.getString("recognised_by"), rs.getString("used_award_code"), (Integer) rs.getObject("used_year"),
            rs.getLong("version"));

    static final RowMapper<UnitAward> UNIT_AWARD = (rs, n) -> new UnitAward(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getString("award_code"), rs.getInt("award_year"), rs.getString("kind_code"),
            rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class));

    private AchievementRows() {
    }
}
