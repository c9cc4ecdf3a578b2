package vn.thidua.eligibility.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.thidua.eligibility.RuleSetView;

/** Reads rule sets, criteria and principles; the row in force on the date is the one that applies. */
@Repository
class RuleSets {

    /** A principle of the law as stored. */
    record Principle(String code, String name, String expression, java.math.BigDecimal parameter,
            String legalBasis) {
    }

    private static final RowMapper<RuleSetView.CriterionView> CRITERION = (rs, n) -> new RuleSetView.CriterionView(
            rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("route"),
            rs.getString("expression"), rs.getString("legal_basis"), rs.getInt("position"),
            rs.getBoolean("verified"), rs.getLong("version"));

    private final JdbcTemplate jdbc;

    RuleSets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RuleSetView> inForce(String awardCode, String subjectType, LocalDate on) {
        return jdbc.query("""
                select * from elig_rule_set where award_code = ? and subject_type = ? and effective_from <= ?
                  and (effective_to is null or effective_to >= ?)
                order by effective_from desc
                """, (rs, n) -> rs.getString("code"), awardCode, subjectType, Date.valueOf(on), Date.valueOf(on))
                .stream().findFirst().flatMap(this::byCode);
    }

    List<RuleSetView> ofAward(String awardCode) {
        return jdbc.queryForList("""
                select code from elig_rule_set where award_code = ? order by subject_type, effective_from
                """, String.class, awardCode).stream().map(code -> byCode(code).orElseThrow()).toList();
    }

    Optional<RuleSetView> byCode(String code) {
        List<RuleSetView.CriterionView> criteria = jdbc.query("""
                select * from elig_criterion where rule_set_code = ? order by position, id
                """, CRITERION, code);
        return jdbc.query("select * from elig_rule_set where code = ?", (rs, n) -> new RuleSetView(
                rs.getString("code"), rs.getString("award_code"), rs.getString("subject_type"),
                rs.getString("kind_code"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), rs.getInt("window_years"),
                rs.getString("initiative_min_scope"), rs.getString("legal_basis"), rs.getBoolean("verified"),
                criteria), code).stream().findFirst();
    }

    Optional<RuleSetView.CriterionView> criterion(long id) {
        return jdbc.query("select * from elig_criterion where id = ?", CRITERION, id).stream().findFirst();
    }

    String ruleSetOf(long criterionId) {
        return jdbc.queryForObject("select rule_set_code from elig_criterion where id = ?", String.class,
                criterionId);
    }

    int updateCriterion(long id, long expectedVersion, String name, String route, String expression,
            String legalBasis) {
        return jdbc.update("""
                update elig_criterion set name = ?, route = ?, expression = ?, legal_basis = ?, verified = false,
                    version = version + 1
                where id = ? and version = ?
                """, name, route, expression, legalBasis, id, expectedVersion);
    }

    List<Principle> principles(LocalDate on) {
        return jdbc.query("""
                select * from elig_principle where effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by id
                """, (rs, n) -> new Principle(rs.getString("code"), rs.getString("name"), rs.getString("expression"),
                rs.getBigDecimal("parameter"), rs.getString("legal_basis")), Date.valueOf(on), Date.valueOf(on));
    }
}
