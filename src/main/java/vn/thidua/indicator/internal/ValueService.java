package vn.thidua.indicator.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.organization.OrganizationDirectory;

/**
 * Indicator values from the aggregates, as a ratio of sums over the unit subtree: whole months are read from the
 * month table, other periods from the day table; no denominator gives no value (which is not zero). Declared
 * indicators give the unit's accepted declaration. The values are public statistics of public services; reading
 * them needs no particular role.
 */
@Service
@Transactional(readOnly = true)
class ValueService implements IndicatorValues {

    private final JdbcTemplate jdbc;
    private final Definitions definitions;
    private final OrganizationDirectory organization;
    private final DeclarationService declarations;

    ValueService(JdbcTemplate jdbc, Definitions definitions, OrganizationDirectory organization,
            DeclarationService declarations) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.organization = organization;
        this.declarations = declarations;
    }

    @Override
    public Optional<IndicatorValue> value(String indicatorCode, long unitId, LocalDate from, LocalDate to) {
        return definitions.inForce(indicatorCode, to).flatMap(definition -> {
            if (definition.declared()) {
                // a declared value belongs to the unit that declared it: it does not roll up
                return declarations.acceptedValue(indicatorCode, unitId, from, to).map(v -> new IndicatorValue(
                        definition.code(), unitId, from, to, v, null, null, definition.unitOfMeasure(),
                        definition.version(), definition.legalSource()));
            }
            Set<Long> units = organization.subtree(Set.of(unitId));
            long[] ratio = definition.procedureCount() ? procedures(units, from, to)
                    : sums(definition, units, from, to);
            return definition.valueOf(unitId, from, to, ratio[0], ratio[1]);
        });
    }

    private long[] sums(Definitions.Definition definition, Set<Long> units, LocalDate from, LocalDate to) {
        String in = String.join(", ", Collections.nCopies(units.size(), "?"));
        List<Object> args = new ArrayList<>(units);
        String sql;
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            sql = "select sum(" + definition.numerator() + "), sum(" + definition.denominator() + ") from ind_agg_month"
                    + " where unit_id in (" + in + ") and in_month between ? and ?";
            args.add(FactWriter.month(from));
            args.add(FactWriter.month(to));
        } else {
            sql = "select sum(" + definition.numerator() + "), sum(" + definition.denominator() + ") from ind_agg"
                    + " where unit_id in (" + in + ") and on_day between ? and ?";
            args.add(java.sql.Date.valueOf(from));
            args.add(java.sql.Date.valueOf(to));
        }
        return jdbc.query(sql, rs -> {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }, args.toArray());
    }

    /** Services with an online form that had any dossier in the period, and those with an online one. */
    private long[] procedures(Set<Long> units, LocalDate from, LocalDate to) {
        String in = String.join(", ", Collections.nCopies(units.size(), "?"));
        List<Object> args = new ArrayList<>(units);
        args.add(java.sql.Date.valueOf(from));
        args.add(java.sql.Date.valueOf(to));
        return jdbc.query("""
                select count(case when a.online > 0 then 1 end), count(*) from (
                    select g.procedure_code, sum(g.r_online) as online from ind_agg g
                    join ind_procedure p on p.code = g.procedure_code and p.online_level is not null
                    where g.unit_id in (%s) and g.on_day between ? and ? and g.r_total > 0
                    group by g.procedure_code) a""".formatted(in), rs -> {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }, args.toArray());
    }
}
