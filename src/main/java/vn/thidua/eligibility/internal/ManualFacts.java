package vn.thidua.eligibility.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.thidua.eligibility.ManualFact;

/** Indicator values and ranks entered by hand. The latest entry whose period overlaps the one asked for wins. */
@Repository
class ManualFacts {

    /** A stored value with who entered it. */
    record Entry(BigDecimal value, LocalDate from, LocalDate to, String source, String enteredBy) {
    }

    private final JdbcTemplate jdbc;

    ManualFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(ManualFact.Kind kind, String code, long unitId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select * from elig_manual_fact where fact_kind = ? and code = ? and unit_id = ?
                  and period_from <= ? and period_to >= ?
                order by entered_at desc, id desc
                """, (rs, n) -> new Entry(rs.getBigDecimal("fact_value"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("source"), rs.getString("entered_by")),
                kind.name(), code, unitId, Date.valueOf(to), Date.valueOf(from)).stream().findFirst();
    }

    long insert(ManualFact fact, String enteredBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into elig_manual_fact (fact_kind, code, unit_id, period_from, period_to, fact_value,
                        source, entered_by, entered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, new String[] {"id"});
            statement.setString(1, fact.kind().name());
            statement.setString(2, fact.code());
            statement.setLong(3, fact.unitId());
            statement.setDate(4, Date.valueOf(fact.periodFrom()));
            statement.setDate(5, Date.valueOf(fact.periodTo()));
            statement.setBigDecimal(6, fact.value());
            statement.setString(7, fact.source());
            statement.setString(8, enteredBy);
            statement.setTimestamp(9, Timestamp.from(at));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
