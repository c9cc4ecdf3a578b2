package vn.thidua.council.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.council.CouncilRules;
import vn.thidua.council.Share;
import vn.thidua.council.Threshold;
import vn.thidua.shared.BusinessRuleException;

/**
 * The council's law as data: meeting rules (a council's own regulation overrides the default row) and ballot
 * thresholds per award from the catalogue, both chosen by the session date.
 */
@Repository
class CouncilLaw {

    private final JdbcTemplate jdbc;
    private final AwardCatalog catalog;

    CouncilLaw(JdbcTemplate jdbc, AwardCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    CouncilRules rules(long councilUnitId, LocalDate on) {
        List<CouncilRules> rules = jdbc.query("""
                select * from council_rule where (council_unit_id = ? or council_unit_id is null) and effective_from <= ?
                order by case when council_unit_id is null then 1 else 0 end, effective_from desc""",
                (rs, row) -> new CouncilRules(rs.getDate("effective_from").toLocalDate(),
                        new Share(rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator")),
                        rs.getObject("award_presence_numerator") == null ? null
                                : new Share(rs.getInt("award_presence_numerator"),
                                        rs.getInt("award_presence_denominator")),
                        rs.getBoolean("recused_leave_total"),
                        new Threshold(new Share(rs.getInt("majority_numerator"), rs.getInt("majority_denominator")),
                                true, rs.getString("majority_source")),
                        rs.getString("legal_source")),
                councilUnitId, on);
        if (rules.isEmpty()) {
            throw new BusinessRuleException("error.council.noRules", "heldOn", on);
        }
        return rules.get(0);
    }

    /**
     * The award's ballot threshold from the catalogue («từ … % trở lên tổng số thành viên»), or the council's
     * majority rule when the catalogue sets none for the date.
     */
    Threshold threshold(String awardCode, CouncilRules rules, LocalDate on) {
        return catalog.fact(awardCode, AwardFact.Attribute.BALLOT_THRESHOLD, "", on)
                .map(fact -> new Threshold(Share.parse(fact.value()), false, fact.legalSource()))
                .orElse(rules.majority());
    }
}
