package vn.thidua.campaign.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.QuotaRule;
import vn.thidua.shared.BusinessRuleException;

/**
 * Keeps the quota rows of a campaign in step with its definition, inside the saving transaction. A cap may not fall
 * below the places already taken, and a quota with reservations may not disappear; counters are locked in id order
 * while their caps change, like reservations lock them.
 */
@Repository
class QuotaTree {

    private record Row(long id, String code, Long parentId, Integer cap, Double percent, boolean unlimited,
            int depth) {
    }

    private final JdbcClient jdbc;
    private final QuotaLedger ledger;

    QuotaTree(JdbcClient jdbc, QuotaLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Quota code → row id of the campaign. */
    Map<String, Long> ids(long campaignId) {
        Map<String, Long> ids = new HashMap<>();
        rows(campaignId).forEach(row -> ids.put(row.code(), row.id()));
        return ids;
    }

    void sync(long campaignId, CampaignDefinition definition) {
        Map<String, Row> existing = new HashMap<>();
        rows(campaignId).forEach(row -> existing.put(row.code(), row));
        Map<String, Long> ids = new HashMap<>();
        existing.values().forEach(row -> ids.put(row.code(), row.id()));
        List<QuotaRule> ordered = QuotaScope.ordered(definition);
        for (QuotaRule rule : ordered) {
            Long parentId = rule.parent() == null ? null : ids.get(rule.parent());
            int depth = QuotaScope.depth(rule, definition);
            Double percent = rule.percent();
            Row row = existing.get(rule.code());
            if (row == null) {
                jdbc.sql("insert into camp_quota (campaign_id, code, parent_id, depth, cap, percent, unlimited)"
                        + " values (?, ?, ?, ?, ?, ?, ?)").params(campaignId, rule.code(), parentId, depth,
                                rule.percentCap() ? null : rule.cap(), percent, rule.unlimitedCap()).update();
                ids.put(rule.code(), jdbc.sql("select id from camp_quota where campaign_id = ? and code = ?")
                        .params(campaignId, rule.code()).query(Long.class).single());
            } else {
                jdbc.sql("update camp_quota set parent_id = ?, depth = ?, cap = ?, percent = ?, unlimited = ?"
                        + " where id = ?").params(parentId, depth, rule.percentCap() ? null : rule.cap(), percent,
                                rule.unlimitedCap(), row.id()).update();
                if (!Objects.equals(row.cap(), rule.percentCap() ? null : rule.cap())
                        || !Objects.equals(row.percent(), percent) || row.unlimited() != rule.unlimitedCap()) {
                    recap(row.id(), rule, definition.quotas().indexOf(rule));
                }
            }
        }
        List<Row> removed = new ArrayList<>(existing.values().stream()
                .filter(row -> definition.quota(row.code()).isEmpty()).toList());
        removed.sort(Comparator.comparingInt(Row::depth).reversed());
        for (Row row : removed) {
            int links = jdbc.sql("select count(*) from camp_reservation_counter l join camp_quota_counter c"
                    + " on c.id = l.counter_id where c.quota_id = ?").param(row.id()).query(Integer.class).single();
            if (links > 0) {
                throw new BusinessRuleException("campaign.error.quotaInUse", "quotas", row.code());
            }
            jdbc.sql("delete from camp_quota_counter where quota_id = ?").param(row.id()).update();
            jdbc.sql("delete from camp_quota where id = ?").param(row.id()).update();
        }
    }

    /** New caps for every counter of a changed quota; refused when one would fall below its usage. */
    private void recap(long quotaId, QuotaRule rule, int index) {
        for (long counterId : ledger.countersOf(quotaId)) {
            QuotaLedger.Counter counter = ledger.lock(counterId);
            Integer cap;
            if (rule.unlimitedCap()) {
                cap = null;
            } else if (rule.percentCap()) {
                cap = counter.base() == null ? 0 : QuotaMath.floorPercent(counter.base(), rule.percent());
            } else {
                cap = rule.cap();
            }
            if (cap != null && counter.used() > cap) {
                throw new BusinessRuleException("campaign.error.capBelowUsage", "quotas[" + index + "].cap",
                        rule.code(), counter.used(), cap);
            }
            ledger.setCap(counterId, cap, counter.base());
        }
    }

    private List<Row> rows(long campaignId) {
        return jdbc.sql("select id, code, parent_id, cap, percent, unlimited, depth from camp_quota"
                + " where campaign_id = ?").param(campaignId).query((rs, n) -> {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    int cap = rs.getInt("cap");
                    Integer capOrNull = rs.wasNull() ? null : cap;
                    double percent = rs.getDouble("percent");
                    Double percentOrNull = rs.wasNull() ? null : percent;
                    return new Row(rs.getLong("id"), rs.getString("code"), parentId, capOrNull, percentOrNull,
                            rs.getBoolean("unlimited"), rs.getInt("depth"));
                }).list();
    }
}
