package vn.thidua.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorValue;

/**
 * Định nghĩa chỉ tiêu, versioned: the numerator and denominator name aggregate measures (checked against the
 * measure columns, so a definition can never inject SQL), or the procedures with an online form.
 */
@Repository
class Definitions {

    static final String PROCEDURES_ONLINE = "procedures_online";
    /** Numerator of indicators that units declare with evidence (ind_declaration) instead of computing them. */
    static final String DECLARED = "declared";

    record Definition(String code, int version, String name, String numerator, String denominator,
            String attribution, String unitOfMeasure, boolean higherIsBetter, String legalSource) {

        boolean procedureCount() {
            return PROCEDURES_ONLINE.equals(numerator);
        }

        boolean declared() {
            return DECLARED.equals(numerator);
        }

        /** A ratio of two aggregate measures, so it rolls up the unit tree as sums. */
        boolean fromAggregates() {
            return !procedureCount() && !declared();
        }

        IndicatorDefinition toPublic() {
            return new IndicatorDefinition(code, version, name, unitOfMeasure, higherIsBetter, declared(),
                    legalSource);
        }

        /** numerator / denominator in percent, unrounded; no value at all without a denominator. */
        Optional<IndicatorValue> valueOf(long unitId, LocalDate from, LocalDate to, long numerator,
                long denominator) {
            if (denominator == 0) {
                return Optional.empty();
            }
            BigDecimal rate = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN);
            return Optional.of(new IndicatorValue(code, unitId, from, to, rate, BigDecimal.valueOf(numerator),
                    BigDecimal.valueOf(denominator), unitOfMeasure, version, legalSource));
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
        return !definition.fromAggregates()
                || definition.numeratorIndex() >= 0 && definition.denominatorIndex() >= 0;
    }
}
