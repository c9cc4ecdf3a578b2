package vn.thidua.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.AccessControl;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.Scorecards;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.organization.UnitLevel;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseText;

/**
 * Scorecards, rankings and the leaderboard, read from the monthly and daily aggregates of the whole subtree in one
 * query each and rolled up the unit tree in memory: a ratio of sums at every level, never an average of rates.
 */
@Service
@Transactional(readOnly = true)
class ScorecardService implements Scorecards {

    private static final int M = Fact.MEASURES.length;

    private final JdbcTemplate jdbc;
    private final Definitions definitions;
    private final IndicatorValues values;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final Clock clock;

    ScorecardService(JdbcTemplate jdbc, Definitions definitions, IndicatorValues values,
            OrganizationDirectory organization, AccessControl access, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.values = values;
        this.organization = organization;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return definitions.all(LocalDate.now(clock)).stream()
                .sorted(Comparator.comparing(Definitions.Definition::declared))
                .map(Definitions.Definition::toPublic).toList();
    }

    @Override
    public List<Row> scorecard(long rootUnitId, List<String> indicatorCodes, int year) {
        access.currentActor();
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<Long> subtree = organization.subtree(Set.of(rootUnitId));
        // one array per unit: 12 months × the measures
        Map<Long, long[]> own = new HashMap<>();
        jdbc.query("select * from ind_agg_month where in_month between ? and ?", rs -> {
            long unit = rs.getLong("unit_id");
            if (subtree.contains(unit)) {
                long[] row = own.computeIfAbsent(unit, k -> new long[12 * M]);
                int month = rs.getInt("in_month") % 100 - 1;
                for (int i = 0; i < M; i++) {
                    row[month * M + i] += rs.getLong(Fact.MEASURES[i]);
                }
            }
        }, year * 100 + 1, year * 100 + 12);
        Map<Long, long[]> rolled = rollUp(rootUnitId, subtree, own, 12 * M);
        List<Definitions.Definition> shown = indicatorCodes.stream().map(code -> definitions.inForce(code, end))
                .flatMap(Optional::stream).filter(Definitions.Definition::fromAggregates).toList();
        List<Row> rows = new ArrayList<>();
        for (long unit : subtree) {
            long[] sums = rolled.get(unit);
            String name = organization.unit(unit).name();
            for (Definitions.Definition definition : shown) {
                int n = definition.numeratorIndex();
                int d = definition.denominatorIndex();
                List<IndicatorValue> months = new ArrayList<>(12);
                long yearNumerator = 0;
                long yearDenominator = 0;
                for (int m = 0; m < 12; m++) {
                    YearMonth month = YearMonth.of(year, m + 1);
                    months.add(definition.valueOf(unit, month.atDay(1), month.atEndOfMonth(), sums[m * M + n],
                            sums[m * M + d]).orElse(null));
                    yearNumerator += sums[m * M + n];
                    yearDenominator += sums[m * M + d];
                }
                rows.add(new Row(unit, name, definition.code(), Collections.unmodifiableList(months),
                        definition.valueOf(unit, LocalDate.of(year, 1, 1), end, yearNumerator, yearDenominator)
                                .orElse(null)));
            }
        }
        return rows;
    }

    @Override
    public List<Ranked> ranking(long rootUnitId, UnitLevel level, String indicatorCode, LocalDate from,
            LocalDate to) {
        access.currentActor();
        Definitions.Definition definition = definitions.inForce(indicatorCode, to)
                .orElseThrow(() -> new NotFoundException("indicator", indicatorCode));
        List<UnitInfo> units = unitsOf(rootUnitId, level, to);
        Map<Long, IndicatorValue> found = valuesOf(definition, units, from, to, rolledSums(rootUnitId, from, to));
        Comparator<IndicatorValue> better = definition.higherIsBetter()
                ? Comparator.comparing(IndicatorValue::value).reversed() : Comparator.comparing(IndicatorValue::value);
        List<UnitInfo> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparing((UnitInfo u) -> found.get(u.id()),
                Comparator.nullsLast(better)));
        List<Ranked> ranked = new ArrayList<>();
        ranks(ordered, u -> found.get(u.id()) == null ? null : found.get(u.id()).value(),
                (u, rank) -> ranked.add(new Ranked(rank, u.id(), u.name(), found.get(u.id()))));
        return ranked;
    }

    @Override
    public List<Scored> leaderboard(long rootUnitId, UnitLevel level, int year) {
        access.currentActor();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<UnitInfo> units = unitsOf(rootUnitId, level, to);
        Map<Long, List<Points>> parts = new HashMap<>();
        units.forEach(u -> parts.put(u.id(), new ArrayList<>()));
        // every group reads the same sums: one query and one roll-up for them all
        Map<Long, long[]> rolled = rolledSums(rootUnitId, from, to);
        for (ScoreRule rule : scoreRules()) {
            Optional<Definitions.Definition> definition = definitions.inForce(rule.indicatorCode(), to);
            Map<Long, IndicatorValue> found = definition.map(d -> valuesOf(d, units, from, to, rolled))
                    .orElse(Map.of());
            for (UnitInfo unit : units) {
                IndicatorValue value = found.get(unit.id());
                parts.get(unit.id()).add(new Points(rule.indicatorCode(), rule.group(), value,
                        value == null ? BigDecimal.ZERO : rule.points(value.value()), rule.maxPoints()));
            }
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        parts.forEach((unit, points) -> totals.put(unit,
                points.stream().map(Points::points).reduce(BigDecimal.ZERO, BigDecimal::add)));
        List<UnitInfo> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparing((UnitInfo u) -> totals.get(u.id())).reversed());
        List<Scored> scored = new ArrayList<>();
        ranks(ordered, u -> totals.get(u.id()),
                (u, rank) -> scored.add(new Scored(rank, u.id(), u.name(), totals.get(u.id()), parts.get(u.id()))));
        return scored;
    }

    /** Competition ranking (1, 2, 2, 4): equal keys share a place; a null key gets place 0. */
    private static void ranks(List<UnitInfo> ordered, java.util.function.Function<UnitInfo, BigDecimal> key,
            java.util.function.ObjIntConsumer<UnitInfo> sink) {
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            UnitInfo unit = ordered.get(i);
            BigDecimal k = key.apply(unit);
            if (k == null) {
                sink.accept(unit, 0);
                continue;
            }
            if (previous == null || k.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = k;
            sink.accept(unit, rank);
        }
    }

    /** The active units of the level in the subtree, in Vietnamese order of their names. */
    private List<UnitInfo> unitsOf(long rootUnitId, UnitLevel level, LocalDate on) {
        return organization.subtree(Set.of(rootUnitId)).stream().map(organization::unit)
                .filter(u -> u.level() == level && u.activeOn(on))
                .sorted(Comparator.comparing(UnitInfo::name, VietnameseText.collator())).toList();
    }

    /** Every unit's sums of every measure over the period, its subtree's included. */
    private Map<Long, long[]> rolledSums(long rootUnitId, LocalDate from, LocalDate to) {
        Set<Long> subtree = organization.subtree(Set.of(rootUnitId));
        return rollUp(rootUnitId, subtree, periodSums(subtree, from, to), M);
    }

    private Map<Long, IndicatorValue> valuesOf(Definitions.Definition definition, List<UnitInfo> units,
            LocalDate from, LocalDate to, Map<Long, long[]> rolled) {
        Map<Long, IndicatorValue> found = new HashMap<>();
        if (!definition.fromAggregates()) {
            units.forEach(u -> values.value(definition.code(), u.id(), from, to).ifPresent(v -> found.put(u.id(), v)));
            return found;
        }
        for (UnitInfo unit : units) {
            long[] sums = rolled.get(unit.id());
            definition.valueOf(unit.id(), from, to, sums[definition.numeratorIndex()],
                    sums[definition.denominatorIndex()]).ifPresent(v -> found.put(unit.id(), v));
        }
        return found;
    }

    /** Each unit's own sums over the period: whole months from the month table, other periods from the days. */
    private Map<Long, long[]> periodSums(Set<Long> subtree, LocalDate from, LocalDate to) {
        String measures = String.join(", ", java.util.Arrays.stream(Fact.MEASURES).map(m -> "sum(" + m + ")").toList());
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
        String sql = wholeMonths
                ? "select unit_id, " + measures + " from ind_agg_month where in_month between ? and ? group by unit_id"
                : "select unit_id, " + measures + " from ind_agg where on_day between ? and ? group by unit_id";
        Object[] args = wholeMonths ? new Object[] {FactWriter.month(from), FactWriter.month(to)}
                : new Object[] {java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)};
        Map<Long, long[]> own = new HashMap<>();
        jdbc.query(sql, rs -> {
            long unit = rs.getLong(1);
            if (subtree.contains(unit)) {
                long[] sums = new long[M];
                for (int i = 0; i < M; i++) {
                    sums[i] = rs.getLong(i + 2);
                }
                own.put(unit, sums);
            }
        }, args);
        return own;
    }

    /** Adds every unit's sums into its ancestors' within the subtree; each unit gets an array, zeros if no data. */
    private Map<Long, long[]> rollUp(long rootUnitId, Set<Long> subtree, Map<Long, long[]> own, int width) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (long unit : subtree) {
            Long parent = organization.unit(unit).parentId();
            if (parent != null && subtree.contains(parent) && unit != rootUnitId) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
            }
        }
        Map<Long, long[]> rolled = new HashMap<>();
        rollUp(rootUnitId, own, children, rolled, width);
        return rolled;
    }

    private static long[] rollUp(long unit, Map<Long, long[]> own, Map<Long, List<Long>> children,
            Map<Long, long[]> rolled, int width) {
        long[] total = own.containsKey(unit) ? own.get(unit).clone() : new long[width];
        for (long child : children.getOrDefault(unit, List.of())) {
            long[] sub = rollUp(child, own, children, rolled, width);
            for (int i = 0; i < width; i++) {
                total[i] += sub[i];
            }
        }
        rolled.put(unit, total);
        return total;
    }

    private List<ScoreRule> scoreRules() {
        return jdbc.query("select * from ind_score_rule order by indicator_code", (rs, row) -> new ScoreRule(
                rs.getString("indicator_code"), rs.getString("group_name"), rs.getBigDecimal("max_points"),
                rs.getBigDecimal("threshold_percent")));
    }

    /** QĐ 766 group points: min(max, max × rate / threshold), two decimals. */
    record ScoreRule(String indicatorCode, String group, BigDecimal maxPoints, BigDecimal thresholdPercent) {

        BigDecimal points(BigDecimal rate) {
            BigDecimal points = maxPoints.multiply(rate).divide(thresholdPercent, 2, RoundingMode.HALF_EVEN);
            return points.min(maxPoints.setScale(2, RoundingMode.HALF_EVEN));
        }
    }
}
