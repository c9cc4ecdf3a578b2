package vn.thidua.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quota counters and reservations in SQL. Counters are created on first use in a short transaction of their
 * own (a concurrent creator loses on the unique key and reads the winner's row); taking a place locks every counter
 * concerned with {@code select … for update} in ascending id order, so two reservations never wait on each other in
 * a circle, and the check constraint on the counter refuses any write past its cap.
 */
@Repository
class QuotaLedger {

    /** The identity of one counter. */
    record CounterKey(long quotaId, String stageCode, int year, long scopeUnitId) {
    }

    /** A locked counter. */
    record Counter(long id, long quotaId, Integer cap, Integer base, int used, int usedBelow) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    QuotaLedger(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The id of the counter, creating it (committed at once) when it does not exist yet. */
    long ensure(CounterKey key) {
        Optional<Long> existing = find(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("insert into camp_quota_counter (quota_id,"
                    + " stage_code, period_year, scope_unit_id, cap, base, used, used_below) select id, ?, ?, ?,"
                    + " case when unlimited then null when percent is not null then 0 else cap end, null, 0, 0"
                    + " from camp_quota where id = ?")
                    .params(key.stageCode(), key.year(), key.scopeUnitId(), key.quotaId()).update());
        } catch (DataIntegrityViolationException lostTheRace) {
            // another transaction created it first; its row is committed
        }
        return find(key).orElseThrow();
    }

    Optional<Long> find(CounterKey key) {
        return jdbc.sql("select id from camp_quota_counter where quota_id = ? and stage_code = ? and period_year = ?"
                + " and scope_unit_id = ?").params(key.quotaId(), key.stageCode(), key.year(), key.scopeUnitId())
                .query(Long.class).optional();
    }

    /** Locks one counter until the end of the transaction. Callers lock in ascending id order. */
    Counter lock(long counterId) {
        return jdbc.sql("select id, quota_id, cap, base, used, used_below from camp_quota_counter where id = ?"
                + " for update").param(counterId).query(QuotaLedger::counter).single();
    }

    void take(long counterId, boolean below) {
        jdbc.sql("update camp_quota_counter set used = used + 1, used_below = used_below + ? where id = ?")
                .params(below ? 1 : 0, counterId).update();
    }

    void give(long counterId, boolean below) {
        jdbc.sql("update camp_quota_counter set used = used - 1, used_below = used_below - ? where id = ?")
                .params(below ? 1 : 0, counterId).update();
    }

    void setCap(long counterId, Integer cap, Integer base) {
        jdbc.sql("update camp_quota_counter set cap = ?, base = ? where id = ?").params(cap, base, counterId)
                .update();
    }

    /** Counter ids of a quota, ascending (the locking order). */
    List<Long> countersOf(long quotaId) {
        return jdbc.sql("select id from camp_quota_counter where quota_id = ? order by id").param(quotaId)
                .query(Long.class).list();
    }

    long insertReservation(long campaignId, String stage, int year, long unitId, String subject, String award,
            String category, String nomineeRef, String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into camp_reservation (campaign_id, stage_code, period_year, unit_id, subject_type,"
                + " award_code, category, nominee_ref, status, reserved_at, reserved_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'HELD', ?, ?)")
                .params(campaignId, stage, year, unitId, subject, award, category, nomineeRef,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void link(long reservationId, long counterId, boolean below) {
        jdbc.sql("insert into camp_reservation_counter (reservation_id, counter_id, below) values (?, ?, ?)")
                .params(reservationId, counterId, below).update();
    }

    /** The reservation's status, locked; empty when there is no such reservation. */
    Optional<String> lockReservation(long reservationId) {
        return jdbc.sql("select status from camp_reservation where id = ? for update").param(reservationId)
                .query(String.class).optional();
    }

    /** The counters a reservation holds, ascending id, with whether it came from below each scope unit. */
    List<Held> held(long reservationId) {
        return jdbc.sql("select counter_id, below from camp_reservation_counter where reservation_id = ?"
                + " order by counter_id").param(reservationId)
                .query((rs, n) -> new Held(rs.getLong(1), rs.getBoolean(2))).list();
    }

    record Held(long counterId, boolean below) {
    }

    void markReleased(long reservationId, String actor, Instant now) {
        jdbc.sql("update camp_reservation set status = 'RELEASED', released_at = ?, released_by = ? where id = ?")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor, reservationId).update();
    }

    private static Counter counter(ResultSet rs, int n) throws SQLException {
        int cap = rs.getInt("cap");
        Integer capOrNull = rs.wasNull() ? null : cap;
        int base = rs.getInt("base");
        Integer baseOrNull = rs.wasNull() ? null : base;
        return new Counter(rs.getLong("id"), rs.getLong("quota_id"), capOrNull, baseOrNull, rs.getInt("used"),
                rs.getInt("used_below"));
    }
}
