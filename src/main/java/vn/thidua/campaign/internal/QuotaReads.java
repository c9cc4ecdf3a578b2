package vn.thidua.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.QuotaReservation;
import vn.thidua.campaign.QuotaRule;
import vn.thidua.campaign.QuotaUsage;
import vn.thidua.catalog.SubjectType;
import vn.thidua.organization.OrganizationDirectory;

/** Reads reservations and usage for the pages and the API (no locks: a snapshot of committed counters). */
@Repository
class QuotaReads {

    private record CounterRow(long quotaId, String code, long scopeUnitId, Integer cap, Integer base, int used) {
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;

    QuotaReads(JdbcClient jdbc, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    Optional<QuotaReservation> reservation(long id) {
        List<String> codes = jdbc.sql("select q.code from camp_reservation_counter l join camp_quota_counter c"
                + " on c.id = l.counter_id join camp_quota q on q.id = c.quota_id where l.reservation_id = ?"
                + " order by q.depth, q.code").param(id).query(String.class).list();
        return jdbc.sql("select r.*, c.code as campaign_code from camp_reservation r join camp_campaign c"
                + " on c.id = r.campaign_id where r.id = ?").param(id)
                .query((rs, n) -> reservation(rs, codes)).optional();
    }

    /**
     * Every quota of the stage in definition order (parents first): a shared quota as one line (scope unit 0); a
     * per-unit quota as a heading line (scope unit null, the cap per unit, the places taken in all units) followed
     * by one line per unit that has a counter.
     */
    List<QuotaUsage> usage(long campaignId, CampaignDefinition definition, String stageCode, int year) {
        List<CounterRow> counters = jdbc.sql("select q.id, q.code, c.scope_unit_id, c.cap, c.base, c.used"
                + " from camp_quota_counter c join camp_quota q on q.id = c.quota_id"
                + " where q.campaign_id = ? and c.stage_code = ? and c.period_year = ? order by q.code, c.id")
                .params(campaignId, stageCode, year).query((rs, n) -> {
                    int cap = rs.getInt(4);
                    Integer capOrNull = rs.wasNull() ? null : cap;
                    int base = rs.getInt(5);
                    Integer baseOrNull = rs.wasNull() ? null : base;
                    return new CounterRow(rs.getLong(1), rs.getString(2), rs.getLong(3), capOrNull, baseOrNull,
                            rs.getInt(6));
                }).list();
        List<QuotaUsage> rows = new ArrayList<>();
        for (QuotaRule rule : QuotaScope.ordered(definition)) {
            if (!rule.stages().contains(stageCode)) {
                continue;
            }
            int depth = QuotaScope.depth(rule, definition);
            List<CounterRow> mine = counters.stream().filter(c -> c.code().equals(rule.code())).toList();
            Integer ruleCap = rule.unlimitedCap() || rule.percentCap() ? null : rule.cap();
            boolean perUnit = rule.perUnitOf() != null || rule.designation() != null;
            if (!perUnit) {
                CounterRow shared = mine.isEmpty() ? null : mine.get(0);
                rows.add(new QuotaUsage(rule.code(), rule.parent(), depth, stageCode, year, QuotaScope.SHARED, null,
                        shared == null ? ruleCap : shared.cap(), shared == null ? 0 : shared.used(),
                        rule.unlimitedCap(), shared == null ? null : shared.base(), rule.text()));
                continue;
            }
            rows.add(new QuotaUsage(rule.code(), rule.parent(), depth, stageCode, year, null, null, ruleCap,
                    mine.stream().mapToInt(CounterRow::used).sum(), rule.unlimitedCap(), null, rule.text()));
            for (CounterRow counter : mine) {
                rows.add(new QuotaUsage(rule.code(), rule.parent(), depth + 1, stageCode, year,
                        counter.scopeUnitId(), directory.unit(counter.scopeUnitId()).name(), counter.cap(),
                        counter.used(), rule.unlimitedCap(), counter.base(), null));
            }
        }
        return rows;
    }

    private static QuotaReservation reservation(ResultSet rs, List<String> codes) throws SQLException {
        java.sql.Timestamp released = rs.getTimestamp("released_at");
        return new QuotaReservation(rs.getLong("id"), rs.getString("campaign_code"), rs.getString("stage_code"),
                rs.getInt("period_year"), rs.getLong("unit_id"), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("award_code"), rs.getString("category"), rs.getString("nominee_ref"),
                rs.getString("status"), codes, rs.getTimestamp("reserved_at").toInstant(),
                rs.getString("reserved_by"), released == null ? null : released.toInstant(),
                rs.getString("released_by"));
    }
}
