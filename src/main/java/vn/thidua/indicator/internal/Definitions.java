package vn.thidua.indicator.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Định nghĩa chỉ tiêu, versioned: the numerator and denominator name aggregate measures (checked against the
 * measure columns, so a definition can never inject SQL), or the procedures with an online form.
 */
@Repository
class Definitions {

    static final String PROCEDURES_ONLINE = "procedures_online";

    record Definition(String code, int version, String name, String numerator, String denominator,
            String attribution, String unitOfMeasure, boolean higherIsBetter, String legalSource) {

        boolean procedureCount() {
            return PROCEDURES_ONLINE.equals(numerator);
        }

        int numeratorIndex() {
            return Arrays.asList(Fact.MEASURES).indexOf(numerator);
        }

        int denominatorIndex() {
            return Arrays.asList(Fact.MEASURES).indexOf(denominator);
        }
    }

    private final JdbcTemplate jdbc;

    Definitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on the date. */
    Optional<Definition> inForce(String code, LocalDate on) {
        return jdbc.query("""
                select * from ind_definition where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                order by version desc""", (rs, row) -> new Definition(rs.getString("code"), rs.getInt("version"),
                rs.getString("name"), rs.getString("numerator"), rs.getString("denominator"),
                rs.getString("attribution"), rs.getString("unit_of_measure"), rs.getBoolean("higher_is_better"),
                rs.getString("legal_source")), code, on, on).stream().filter(Definitions::safe).findFirst();
    }

    List<Definition> all(LocalDate on) {
        return jdbc.queryForList("select distinct code from ind_definition order by code", String.class).stream()
                .map(code -> inForce(code, on)).flatMap(Optional::stream).toList();
    }

    private static boolean safe(Definition definition) {
        return definition.procedureCount()
                || definition.numeratorIndex() >= 0 && definition.denominatorIndex() >= 0;
    }
}
