package vn.thidua.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.dossier.Component;

/** Thành phần hồ sơ bắt buộc: what the law in force on a date requires for an award, with copies and source. */
@Repository
class ComponentRules {

    record Rule(Component component, int copies, String legalSource) {
    }

    private final JdbcTemplate jdbc;

    ComponentRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Rule> required(String awardCode, LocalDate on) {
        return jdbc.query("""
                select component, copies, legal_source from dos_component_rule
                where award_code = ? and required and effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by id""",
                (rs, row) -> new Rule(Component.valueOf(rs.getString("component")), rs.getInt("copies"),
                        rs.getString("legal_source")),
                awardCode, on, on);
    }
}
