package vn.thidua.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.AccessControl;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.Scorecards;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;

/**
 * Indicator values from the aggregates, as a ratio of sums over the unit subtree: whole months are read from the
 * month table, other periods from the day table; no denominator gives no value (which is not zero). The values
 * are public statistics of public services; reading them needs no particular role.
 */
@Service
@Transactional(readOnly = true)
class ValueService implements IndicatorValues, Scorecards {

    private final JdbcTemplate jdbc;
    private final Definitions definitions;
    private final OrganizationDirectory organization;
    private final AccessControl access;

    ValueService(JdbcTemplate jdbc, Definitions definitions, OrganizationDirectory organization,
            AccessControl access) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.organization = organization;
        this.access = access;
    }

    @Override
    public Optional<IndicatorValue> value(String indicatorCode, long unitId, LocalDate from, LocalDate to) {
        return definitions.inForce(indicatorCode, to).flatMap(definition -> {
            Set<Long> units = organization.subtree(Set.of(unitId));
            long[] ratio = definition.procedureCount() ? procedures(units, from, to)
                    : sums(definition, units, from, to);
            return value(definition, unitId, from, to, ratio[0], ratio[1]);
        });
    }

    @Override
    public List<Row> scorecard(long rootUnitId, List<String> indicatorCodes, int year) {
        access.currentActor();
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<Long> subtree = organization.subtree(Set.of(rootUnitId));
        Map<Long, long[][]> own = monthSums(subtree, year);
        Map<Long, List<Long>> children = new HashMap<>();
        for (long unit : subtree) {
            UnitInfo info = organization.unit(unit);
            if (info.parentId() != null && subtree.contains(info.parentId())) {
                children.computeIfAbsent(info.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        Map<Long, long[][]> rolled = new HashMap<>();
        rollUp(rootUnitId, own, children, rolled);
        List<Definitions.Definition> shown = indicatorCodes.stream().map(code -> definitions.inForce(code, end))
                .flatMap(Optional::stream).filter(definition -> !definition.procedureCount()).toList();
        List<Row> rows = new ArrayList<>();
        for (long unit : subtree) {
            long[][] sums = rolled.get(unit);
            String name = organization.unit(unit).name();
            for (Definitions.Definition definition : shown) {
                String code = definition.code();
                List<IndicatorValue> months = new ArrayList<>(12);
                long[] yearSum = new long[Fact.MEASURES.length];
                for (int m = 0; m < 12; m++) {
                    LocalDate first = LocalDate.of(year, m + 1, 1);
                    months.add(value(definition, unit, first, YearMonth.of(year, m + 1).atEndOfMonth(),
                            sums[m][definition.numeratorIndex()], sums[m][definition.denominatorIndex()]).orElse(null));
                    for (int i = 0; i < yearSum.length; i++) {
                        yearSum[i] += sums[m][i];
                    }
                }
                rows.add(new Row(unit, name, code, Collections.unmodifiableList(months),
                        value(definition, unit, LocalDate.of(year, 1, 1), end, yearSum[definition.numeratorIndex()],
                                yearSum[definition.denominatorIndex()]).orElse(null)));
            }
        }
        return rows;
    }

    /** Per unit and month of the year, the sums of the unit's own dossiers. */
    Map<Long, long[][]> monthSums(Set<Long> units, int year) {
        Map<Long, long[][]> sums = new HashMap<>();
        for (long unit : units) {
            sums.put(unit, new long[12][Fact.MEASURES.length]);
        }
        jdbc.query("select * from ind_agg_month where in_month between ? and ?", rs -> {
            long unit = rs.getLong("unit_id");
            long[][] row = sums.get(unit);
            if (row != null) {
                int month = rs.getInt("in_month") % 100 - 1;
                for (int i = 0; i < Fact.MEASURES.length; i++) {
                    row[month][i] += rs.getLong(Fact.MEASURES[i]);
                }
            }
        }, year * 100 + 1, year * 100 + 12);
        return sums;
    }

    private long[][] rollUp(long unit, Map<Long, long[][]> own, Map<Long, List<Long>> children,
            Map<Long, long[][]> rolled) {
        long[][] total = new long[12][Fact.MEASURES.length];
        long[][] mine = own.get(unit);
        for (int m = 0; m < 12; m++) {
            System.arraycopy(mine[m], 0, total[m], 0, Fact.MEASURES.length);
        }
        for (long child : children.getOrDefault(unit, List.of())) {
            long[][] sub = rollUp(child, own, children, rolled);
            for (int m = 0; m < 12; m++) {
                for (int i = 0; i < Fact.MEASURES.length; i++) {
                    total[m][i] += sub[m][i];
                }
            }
        }
        rolled.put(unit, total);
        return total;
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

    private static Optional<IndicatorValue> value(Definitions.Definition definition, long unitId, LocalDate from,
            LocalDate to, long numerator, long denominator) {
        if (denominator == 0) {
            return Optional.empty();
        }
        BigDecimal rate = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN);
        return Optional.of(new IndicatorValue(definition.code(), unitId, from, to, rate, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), definition.unitOfMeasure(), definition.version(),
                definition.legalSource()));
    }
}
