package vn.thidua.report.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.catalog.SubjectType;
import vn.thidua.decision.DecisionAnnulled;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitLevel;
import vn.thidua.report.Reports;
import vn.thidua.report.StatisticsForm;

/**
 * Counts awards from its read model and movements from the campaign catalogue. A row of a national form that ThiĐua
 * has no data for (a recipient's leadership rank, the kind of each decision) is left empty, not filled with 0.
 */
@Service
@Transactional(readOnly = true)
class ReportService implements Reports {

    private static final Role[] READERS = {Role.TDKT_OFFICE, Role.ADMIN, Role.SIGNING_LEADER, Role.VIEWER};

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final CampaignCatalog campaigns;
    private final AccessControl access;

    ReportService(JdbcTemplate jdbc, OrganizationDirectory organization, CampaignCatalog campaigns,
            AccessControl access) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.campaigns = campaigns;
        this.access = access;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionIssued decision) {
        jdbc.batchUpdate("""
                insert into rpt_award_fact (decision_id, golden_book_number, issued_on, issuer_unit_id, issuer_name,
                    award_code, award_name, subject_type, unit_id, amount, campaign_code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                decision.recipients().stream().map(r -> new Object[] {decision.decisionId(), r.goldenBookNumber(),
                    decision.issuedOn(), decision.issuerUnitId(), decision.issuerName(), decision.awardCode(),
                    decision.awardName(), r.subjectType().name(), r.unitId(), r.amount(), r.campaignCode()})
                        .toList());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionAnnulled decision) {
        jdbc.update("update rpt_award_fact set annulled = true where decision_id = ?", decision.decisionId());
    }

    private record Fact(long decisionId, long issuerUnitId, String issuerName, String awardCode, String awardName,
            SubjectType subject, long amount, String campaignCode) {
    }

    /** The awards of the year issued by units of the subtree, annulled decisions left out. */
    private List<Fact> facts(long rootUnitId, int year) {
        access.require(rootUnitId, READERS);
        Set<Long> subtree = organization.subtree(Set.of(rootUnitId));
        return jdbc.query("select * from rpt_award_fact where issued_on between ? and ? and not annulled",
                (rs, row) -> new Fact(rs.getLong("decision_id"), rs.getLong("issuer_unit_id"),
                        rs.getString("issuer_name"), rs.getString("award_code"), rs.getString("award_name"),
                        SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("amount"),
                        rs.getString("campaign_code")),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(f -> subtree.contains(f.issuerUnitId())).toList();
    }

    @Override
    public List<AwardCount> byAward(long rootUnitId, int year) {
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        Map<List<Object>, String> names = new LinkedHashMap<>();
        for (Fact f : facts(rootUnitId, year)) {
            List<Object> key = List.of(f.awardCode(), f.subject());
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            c[1] += f.amount();
            names.putIfAbsent(key, f.awardName());
        }
        List<AwardCount> result = new ArrayList<>();
        counts.forEach((key, c) -> result.add(new AwardCount((String) key.get(0), names.get(key),
                (SubjectType) key.get(1), c[0], c[1])));
        return result;
    }

    @Override
    public List<IssuerCount> byIssuer(long rootUnitId, int year) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, Set<Long>> decisions = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Fact f : facts(rootUnitId, year)) {
            long[] c = counts.computeIfAbsent(f.issuerUnitId(), k -> new long[2]);
            c[0]++;
            c[1] += f.amount();
            decisions.computeIfAbsent(f.issuerUnitId(), k -> new java.util.HashSet<>()).add(f.decisionId());
            names.putIfAbsent(f.issuerUnitId(), f.issuerName());
        }
        List<IssuerCount> result = new ArrayList<>();
        counts.forEach((unit, c) -> result.add(new IssuerCount(unit, names.get(unit), decisions.get(unit).size(),
                c[0], c[1])));
        return result;
    }

    @Override
    public List<CampaignCount> byCampaign(long rootUnitId, int year) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Fact f : facts(rootUnitId, year)) {
            long[] c = counts.computeIfAbsent(f.campaignCode() == null ? "" : f.campaignCode(), k -> new long[2]);
            c[0]++;
            c[1] += f.amount();
        }
        Map<String, String> titles = new java.util.HashMap<>();
        campaigns.campaigns().forEach(c -> titles.put(c.code(), c.title()));
        List<CampaignCount> result = new ArrayList<>();
        counts.forEach((code, c) -> result.add(new CampaignCount(code.isEmpty() ? null : code,
                code.isEmpty() ? null : titles.get(code), c[0], c[1])));
        return result;
    }

    @Override
    public List<LevelCount> byLevel(long rootUnitId, int year) {
        Map<UnitLevel, long[]> counts = new java.util.TreeMap<>();
        Map<UnitLevel, Set<Long>> decisions = new java.util.HashMap<>();
        for (Fact f : facts(rootUnitId, year)) {
            UnitLevel level = organization.unit(f.issuerUnitId()).level();
            long[] c = counts.computeIfAbsent(level, k -> new long[2]);
            c[0]++;
            c[1] += f.amount();
            decisions.computeIfAbsent(level, k -> new java.util.HashSet<>()).add(f.decisionId());
        }
        List<LevelCount> result = new ArrayList<>();
        counts.forEach((level, c) -> result.add(new LevelCount(level, decisions.get(level).size(), c[0], c[1])));
        return result;
    }

    @Override
    public StatisticsForm form0601(long rootUnitId, int year) {
        access.require(rootUnitId, READERS);
        Set<Long> subtree = organization.subtree(Set.of(rootUnitId));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<CampaignDefinition> running = campaigns.campaigns().stream()
                .map(summary -> campaigns.campaign(summary.code()).definition())
                .filter(d -> d.launchedAt() != null)
                .filter(d -> d.ownerUnitCode() == null || organization.unitByCode(d.ownerUnitCode())
                        .map(unit -> subtree.contains(unit.id())).orElse(false))
                .filter(d -> (start(d) == null || !start(d).isAfter(last)) && (d.endDate() == null
                        || !d.endDate().isBefore(first))).toList();
        // columns: total, central level (not kept here), ministries and provinces, agencies and units
        Predicate<CampaignDefinition> province = d -> d.launchedAt() == UnitLevel.PROVINCE;
        List<StatisticsForm.Line> lines = new ArrayList<>();
        lines.add(line0601("01", "report.0601.total", running, d -> true, province));
        lines.add(heading("report.0601.byScope"));
        lines.add(empty("02", "report.0601.national", 4));
        lines.add(line0601("03", "report.0601.provincial", running, province, province));
        lines.add(empty("04", "report.0601.cluster", 4));
        lines.add(line0601("05", "report.0601.unit", running, province.negate(), province));
        lines.add(heading("report.0601.byDuration"));
        lines.add(line0601("06", "report.0601.underOneYear", running, d -> months(d) != null && months(d) < 12, province));
        lines.add(line0601("07", "report.0601.oneYear", running, d -> months(d) != null && months(d) == 12, province));
        lines.add(line0601("08", "report.0601.oneToThree", running,
                d -> months(d) != null && months(d) > 12 && months(d) < 36, province));
        lines.add(line0601("09", "report.0601.threeToFive", running,
                d -> months(d) != null && months(d) >= 36 && months(d) < 60, province));
        lines.add(line0601("10", "report.0601.fiveAndMore", running, d -> months(d) != null && months(d) >= 60,
                province));
        lines.add(heading("report.0601.byMethod"));
        lines.add(line0601("11", "report.0601.thematic", running, d -> true, province));
        lines.add(empty("12", "report.0601.regular", 4));
        return new StatisticsForm("0601", "report.0601.title", year, List.of("report.column.total",
                "report.0601.central", "report.0601.provinceLevel", "report.0601.unitLevel"), lines);
    }

    @Override
    public StatisticsForm form0603(long rootUnitId, int year) {
        List<Fact> facts = facts(rootUnitId, year);
        Map<Integer, Set<String>> columns = new LinkedHashMap<>();
        jdbc.query("select column_no, award_code from rpt_form_column where form_code = '0603' order by column_no",
                rs -> {
                    columns.computeIfAbsent(rs.getInt(1), k -> new java.util.HashSet<>()).add(rs.getString(2));
                });
        List<StatisticsForm.Line> lines = new ArrayList<>();
        lines.add(line0603("01", "report.0603.total", facts, f -> true, columns));
        lines.add(heading("report.0603.bySubject"));
        lines.add(line0603("02", "report.0603.collective", facts, f -> f.subject() == SubjectType.COLLECTIVE, columns));
        lines.add(empty("03", "report.0603.enterprise", 5));
        lines.add(line0603("04", "report.0603.household", facts, f -> f.subject() == SubjectType.HOUSEHOLD, columns));
        lines.add(line0603("05", "report.0603.individual", facts, f -> f.subject() == SubjectType.INDIVIDUAL, columns));
        for (int row = 6; row <= 10; row++) {
            lines.add(empty(String.format("%02d", row), "report.0603.rank" + row, 5));
        }
        lines.add(heading("report.0603.byMethod"));
        for (int row = 11; row <= 17; row++) {
            lines.add(empty(String.valueOf(row), "report.0603.method" + row, 5));
        }
        return new StatisticsForm("0603", "report.0603.title", year, List.of("report.column.total",
                "report.0603.meritCertificate", "report.0603.provincialEmulationSoldier", "report.0603.flag",
                "report.0603.badge"), lines);
    }

    /** The start date, else the launching document's date (written «2024-06-15», «2024-06» or «2024»). */
    private static LocalDate start(CampaignDefinition d) {
        if (d.startDate() != null) {
            return d.startDate();
        }
        String issued = d.document() == null || d.document().issued() == null ? "" : d.document().issued().strip();
        return switch (issued.length()) {
            case 10 -> LocalDate.parse(issued);
            case 7 -> java.time.YearMonth.parse(issued).atDay(1);
            case 4 -> LocalDate.of(Integer.parseInt(issued), 1, 1);
            default -> null;
        };
    }

    /** Whole months the campaign runs (a 100-day campaign: 3; a calendar year: 12), null without both ends. */
    private static Integer months(CampaignDefinition d) {
        LocalDate start = start(d);
        if (start == null || d.endDate() == null) {
            return null;
        }
        return (int) Period.between(start, d.endDate().plusDays(1)).toTotalMonths();
    }

    private static StatisticsForm.Line line0601(String code, String label, List<CampaignDefinition> running,
            Predicate<CampaignDefinition> row, Predicate<CampaignDefinition> province) {
        long provincial = running.stream().filter(row.and(province)).count();
        long units = running.stream().filter(row.and(province.negate())).count();
        return new StatisticsForm.Line(code, label, false, Arrays.asList(provincial + units, null, provincial, units));
    }

    private static StatisticsForm.Line line0603(String code, String label, List<Fact> facts, Predicate<Fact> row,
            Map<Integer, Set<String>> columns) {
        List<Long> values = new ArrayList<>();
        long total = 0;
        for (int column = 2; column <= 5; column++) {
            Set<String> awards = columns.get(column);
            if (awards == null) {
                values.add(null);
                continue;
            }
            long count = facts.stream().filter(row).filter(f -> awards.contains(f.awardCode())).count();
            values.add(count);
            total += count;
        }
        values.add(0, total);
        return new StatisticsForm.Line(code, label, false, values);
    }

    private static StatisticsForm.Line heading(String label) {
        return new StatisticsForm.Line("", label, true, List.of());
    }

    private static StatisticsForm.Line empty(String code, String label, int columns) {
        return new StatisticsForm.Line(code, label, false, Arrays.asList(new Long[columns]));
    }
}
