package vn.thidua.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.CatalogEntry;
import vn.thidua.catalog.CommendationKind;
import vn.thidua.catalog.MultiplierEntry;
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
            grantorLevels(rs.getString("grantor_levels")),
            rs.getString("grantor_title"));

    static final RowMapper<AwardFact> FACT = (rs, n) -> new AwardFact(rs.getLong("id"), rs.getString("award_code"),
            AwardFact.Attribute.valueOf(rs.getString("attribute")), rs.getString("qualifier"),
            rs.getString("fact_value"), rs.getObject("effective_from", LocalDate.class),
            rs.getObject("effective_to", LocalDate.class), rs.getString("legal_source"), rs.getBoolean("verified"),
            rs.getLong("version"));

    static final RowMapper<MultiplierEntry> MULTIPLIER = (rs, n) -> new MultiplierEntry(rs.getLong("id"),
            rs.getString("award_code"), SubjectType.valueOf(rs.getString("subject_type")),
            rs.getBigDecimal("multiplier"), rs.getObject("effective_from", LocalDate.class),
            rs.getObject("effective_to", LocalDate.class), rs.getString("legal_source"), rs.getBoolean("verified"),
            rs.getLong("version"));

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

    /**
     * State-level awards (Bằng khen Thủ tướng, Huân chương) are granted by no unit of the province: their level list
     * is empty, which reads as an empty set.
     */
    static Set<UnitLevel> grantorLevels(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(level -> !level.isEmpty())
                .map(UnitLevel::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<CommendationKind> commendationKinds() {
        return jdbc.query("select * from cat_commendation_kind order by code", (rs, n) -> new CommendationKind(
                rs.getString("code"), rs.getString("name"), rs.getBoolean("counts_toward_merit"),
                rs.getString("legal_source"), rs.getBoolean("verified")));
    }

    @Override
    public Optional<CatalogEntry> entry(String awardCode) {
        return awardType(awardCode).map(award -> new CatalogEntry(award,
                jdbc.queryForList("select kind_code from cat_award_kind where award_code = ? order by kind_code",
                        String.class, awardCode),
                jdbc.query("""
                        select * from cat_award_fact where award_code = ?
                        order by attribute, qualifier, effective_from
                        """, FACT, awardCode),
                jdbc.query("""
                        select * from cat_reward_multiplier where award_code = ? order by subject_type, effective_from
                        """, MULTIPLIER, awardCode),
                jdbc.query("""
                        select b.code, b.citation, b.effective_from, b.effective_to
                        from cat_legal_basis b join cat_award_legal_basis a on a.legal_basis_code = b.code
                        where a.award_code = ? order by b.effective_from, b.citation_order
                        """, (rs, n) -> new LegalBasis(rs.getString("code"), rs.getString("citation"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class)), awardCode)));
    }

    @Override
    public Optional<AwardFact> fact(String awardCode, AwardFact.Attribute attribute, String qualifier,
            LocalDate on) {
        List<AwardFact> found = jdbc.query("""
                select * from cat_award_fact where award_code = ? and attribute = ? and qualifier in (?, '')
                  and effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by case when qualifier = '' then 1 else 0 end, effective_from desc
                """, FACT, awardCode, attribute.name(), qualifier == null ? "" : qualifier, Date.valueOf(on),
                Date.valueOf(on));
        return found.stream().findFirst();
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
