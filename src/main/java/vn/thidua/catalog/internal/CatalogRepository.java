package vn.thidua.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.LegalBasis;
import vn.thidua.catalog.RewardAmount;
import vn.thidua.catalog.SubjectType;
import vn.thidua.organization.UnitLevel;

/**
 * The catalogue is reference data maintained by migrations and, later, by the TĐKT office; plain SQL reads it.
 * Every date-dependent value is picked by its validity period, so a 2024 proposal gets ND 98/2023 and a
 * September 2025 one gets ND 152/2025.
 */
@Service
@Transactional(readOnly = true)
class CatalogRepository implements AwardCatalog {

    private static final RowMapper<AwardType> AWARD_TYPE = (rs, n) -> new AwardType(rs.getString("code"),
            rs.getString("name"), AwardType.AwardKind.valueOf(rs.getString("kind")),
            Arrays.stream(rs.getString("grantor_levels").split(",")).map(String::strip).map(UnitLevel::valueOf)
                    .collect(Collectors.toUnmodifiableSet()),
            rs.getString("grantor_title"));

    private final JdbcTemplate jdbc;

    CatalogRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AwardType> awardType(String code) {
        return jdbc.query("select * from cat_award_type where code = ?", AWARD_TYPE, code).stream().findFirst();
    }

    @Override
    public List<AwardType> awardTypes() {
        return jdbc.query("select * from cat_award_type order by code", AWARD_TYPE);
    }

    @Override
    public List<LegalBasis> legalBases(String awardCode, LocalDate on) {
        return jdbc.query("""
                select b.code, b.citation, b.effective_from, b.effective_to
                from cat_legal_basis b join cat_award_legal_basis a on a.legal_basis_code = b.code
                where a.award_code = ? and b.effective_from <= ? and (b.effective_to is null or b.effective_to >= ?)
                order by b.citation_order
                """, (rs, n) -> new LegalBasis(rs.getString("code"), rs.getString("citation"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class)),
                awardCode, Date.valueOf(on), Date.valueOf(on));
    }

    @Override
    public Optional<RewardAmount> reward(String awardCode, SubjectType subject, LocalDate on) {
        List<Object[]> multiplier = jdbc.query("""
                select multiplier, legal_source from cat_reward_multiplier
                where award_code = ? and subject_type = ? and effective_from <= ?
                  and (effective_to is null or effective_to >= ?)
                order by effective_from desc
                """, (rs, n) -> new Object[] {rs.getBigDecimal("multiplier"), rs.getString("legal_source")},
                awardCode, subject.name(), Date.valueOf(on), Date.valueOf(on));
        List<Object[]> salary = jdbc.query("""
                select amount, legal_source from cat_base_salary where effective_from <= ?
                order by effective_from desc
                """, (rs, n) -> new Object[] {rs.getLong("amount"), rs.getString("legal_source")}, Date.valueOf(on));
        if (multiplier.isEmpty() || salary.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal factor = (BigDecimal) multiplier.get(0)[0];
        long base = (Long) salary.get(0)[0];
        long amount = factor.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Optional.of(new RewardAmount(factor, base, amount, (String) multiplier.get(0)[1],
                (String) salary.get(0)[1]));
    }
}
