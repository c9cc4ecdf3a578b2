package vn.thidua.indicator.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.AccessControl;
import vn.thidua.indicator.IndicatorSnapshots;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;

/** Snapshots of indicator values: every definition in force at the end of the period that has a value. */
@Service
@Transactional(readOnly = true)
class SnapshotService implements IndicatorSnapshots {

    private final JdbcTemplate jdbc;
    private final Definitions definitions;
    private final IndicatorValues values;
    private final AccessControl access;
    private final Clock clock;

    SnapshotService(JdbcTemplate jdbc, Definitions definitions, IndicatorValues values, AccessControl access,
            Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.values = values;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Snapshot freeze(String reference, long unitId, LocalDate from, LocalDate to) {
        jdbc.update("delete from ind_snapshot where reference = ?", reference);
        List<IndicatorValue> frozen = definitions.all(to).stream()
                .map(definition -> values.value(definition.code(), unitId, from, to))
                .flatMap(Optional::stream).toList();
        String actor = access.currentActor().username();
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into ind_snapshot (reference, unit_id, period_from, period_to, taken_at, taken_by)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, reference);
            statement.setLong(2, unitId);
            statement.setObject(3, from);
            statement.setObject(4, to);
            statement.setTimestamp(5, now);
            statement.setString(6, actor);
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.batchUpdate("""
                insert into ind_snapshot_value (snapshot_id, code, version, frozen_value, numerator, denominator,
                    unit_of_measure, legal_source) values (?, ?, ?, ?, ?, ?, ?, ?)""", frozen.stream()
                .map(v -> new Object[] {id, v.code(), v.version(), v.value(), v.numerator(), v.denominator(),
                    v.unitOfMeasure(), v.legalSource()}).toList());
        return new Snapshot(reference, unitId, from, to, now.toInstant(), actor, frozen);
    }

    @Override
    public Optional<Snapshot> snapshot(String reference) {
        access.currentActor();
        return jdbc.query("select * from ind_snapshot where reference = ?", (rs, row) -> {
            long id = rs.getLong("id");
            long unitId = rs.getLong("unit_id");
            LocalDate from = rs.getObject("period_from", LocalDate.class);
            LocalDate to = rs.getObject("period_to", LocalDate.class);
            List<IndicatorValue> frozen = jdbc.query("select * from ind_snapshot_value where snapshot_id = ? "
                    + "order by code", (v, n) -> new IndicatorValue(v.getString("code"), unitId, from, to,
                    v.getBigDecimal("frozen_value"), v.getBigDecimal("numerator"), v.getBigDecimal("denominator"),
                    v.getString("unit_of_measure"), v.getInt("version"), v.getString("legal_source")), id);
            return new Snapshot(reference, unitId, from, to, rs.getTimestamp("taken_at").toInstant(),
                    rs.getString("taken_by"), frozen);
        }, reference).stream().findFirst();
    }
}
