package vn.thidua.indicator.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of dossiers and keeps the aggregates exact: for every dossier the contribution of its stored
 * version is taken out and that of the new version put in, at unit × procedure × day and unit × month. A dossier
 * sent again unchanged changes nothing; batches serialise on a lock row so two imports never interleave deltas.
 * The deltas are computed here for both databases; PostgreSQL writes them with COPY ({@link PostgresBatch}),
 * other databases (H2) with batched MERGE statements.
 */
@Repository
class FactWriter {

    private static final String FACT_COLUMNS = "ma_ho_so, unit_id, procedure_code, channel, own_account, e_result, "
            + "status, received_on, finished_on, on_time, has_fee, paid_online, digitised, supplements, late_update, "
            + "updated_at";
    private static final String MEASURES = String.join(", ", Fact.MEASURES);
    /** H2 needs the type of every parameter of a MERGE source; PostgreSQL takes them from the target. */
    private static final Map<String, String> KEY_TYPES = Map.of("unit_id", "bigint", "procedure_code",
            "varchar(40)", "on_day", "date", "in_month", "integer");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    FactWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Objects.requireNonNull(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName())).toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
    }

    /** Writes the batch in the caller's transaction; returns how many dossiers changed a closed month. */
    int write(List<Fact> batch, Map<String, Procedures.Procedure> procedures, YearMonth current) {
        jdbc.queryForList("select id from ind_ingest_lock where id = 1 for update", Integer.class);
        Map<String, Fact> stored = stored(batch);
        Map<Key, int[]> days = new HashMap<>();
        Map<Key, int[]> months = new HashMap<>();
        Map<String, Object[]> created = new LinkedHashMap<>();
        Map<String, Object[]> changed = new LinkedHashMap<>();
        Map<String, Boolean> existed = new HashMap<>();
        int late = 0;
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        for (Fact fact : batch) {
            Fact before = stored.get(fact.maHoSo());
            if (fact.equals(before)) {
                continue;
            }
            if (before != null) {
                add(days, months, before, procedures, -1);
            }
            add(days, months, fact, procedures, 1);
            boolean closed = before != null && (closedMonth(before, current) || closedMonth(fact, current));
            late += closed ? 1 : 0;
            // a dossier changed twice in one batch is written once, as it ends, and stays new if it was new
            boolean isNew = !existed.computeIfAbsent(fact.maHoSo(), key -> before != null);
            stored.put(fact.maHoSo(), fact);
            (isNew ? created : changed).put(fact.maHoSo(), row(fact, closed, now));
        }
        List<Object[]> dayRows = rows(days);
        List<Object[]> monthRows = rows(months);
        if (postgres) {
            PostgresBatch.write(jdbc, created.values(), changed.values(), dayRows, monthRows);
            return late;
        }
        List<Object[]> dossiers = new ArrayList<>(created.values());
        dossiers.addAll(changed.values());
        jdbc.batchUpdate("merge into ind_dossier (%s) key (ma_ho_so) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                .formatted(FACT_COLUMNS), dossiers);
        merge("ind_agg", "unit_id, procedure_code, on_day", dayRows);
        merge("ind_agg_month", "unit_id, in_month", monthRows);
        return late;
    }

    /** Every aggregate from the stored dossiers, in two statements per table. */
    void recompute(Map<String, Procedures.Procedure> procedures) {
        jdbc.queryForList("select id from ind_ingest_lock where id = 1 for update", Integer.class);
        jdbc.execute("truncate table ind_agg");
        jdbc.execute("truncate table ind_agg_month");
        String received = """
                case when d.status not in (1, 3, 7) then 1 else 0 end as r_total,
                case when d.status not in (1, 3, 7) and d.channel = 2 then 1 else 0 end as r_online,
                case when d.status not in (1, 3, 7) and d.channel = 2 and d.own_account then 1 else 0 end as r_online_own,
                case when d.status not in (1, 3, 7) and d.channel = 2 and (not p.paper_result or d.e_result) then 1 else 0 end
                    as r_online_766,
                case when d.status not in (1, 3, 7) and d.has_fee then 1 else 0 end as r_fee,
                case when d.status not in (1, 3, 7) and d.has_fee and d.paid_online then 1 else 0 end as r_paid_online,
                case when d.status not in (1, 3, 7) and d.digitised then 1 else 0 end as r_digitised,
                0 as c_done, 0 as c_on_time""";
        String completed = """
                0 as r_total, 0 as r_online, 0 as r_online_own, 0 as r_online_766, 0 as r_fee, 0 as r_paid_online,
                0 as r_digitised, 1 as c_done, case when d.on_time then 1 else 0 end as c_on_time""";
        String contributions = """
                select d.unit_id, d.procedure_code, d.received_on as on_day, %s
                from ind_dossier d join ind_procedure p on p.code = d.procedure_code
                union all
                select d.unit_id, d.procedure_code, d.finished_on as on_day, %s
                from ind_dossier d join ind_procedure p on p.code = d.procedure_code where d.finished_on is not null"""
                .formatted(received, completed);
        String sums = String.join(", ", java.util.Arrays.stream(Fact.MEASURES).map(m -> "sum(" + m + ")").toList());
        if (postgres) {
            // building the key once over the loaded rows is about three times cheaper than inserting into it
            jdbc.execute("alter table ind_agg drop constraint ind_agg_pkey");
        }
        jdbc.update("insert into ind_agg (unit_id, procedure_code, on_day, " + MEASURES + ") select unit_id, "
                + "procedure_code, on_day, " + sums + " from (" + contributions + ") c group by unit_id, "
                + "procedure_code, on_day");
        if (postgres) {
            jdbc.execute("alter table ind_agg add constraint ind_agg_pkey primary key (unit_id, procedure_code, on_day)");
        }
        jdbc.update("insert into ind_agg_month (unit_id, in_month, " + MEASURES + ") select unit_id, "
                + "extract(year from on_day) * 100 + extract(month from on_day), " + sums + " from ind_agg "
                + "group by unit_id, extract(year from on_day) * 100 + extract(month from on_day)");
    }

    private static boolean closedMonth(Fact fact, YearMonth current) {
        return YearMonth.from(fact.receivedOn()).isBefore(current)
                || fact.finishedOn() != null && YearMonth.from(fact.finishedOn()).isBefore(current);
    }

    /** An aggregate row's key: a day row has a procedure and a day, a month row only the month (yyyyMM). */
    private record Key(long unitId, String procedureCode, LocalDate day, int month) implements Comparable<Key> {

        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparingLong(Key::unitId)
                .thenComparing(Key::procedureCode, java.util.Comparator.nullsFirst(String::compareTo))
                .thenComparing(Key::day, java.util.Comparator.nullsFirst(LocalDate::compareTo))
                .thenComparingInt(Key::month);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }

        Object[] columns() {
            return day != null ? new Object[] {unitId, procedureCode, Date.valueOf(day)}
                    : new Object[] {unitId, month};
        }
    }

    private static void add(Map<Key, int[]> days, Map<Key, int[]> months, Fact fact,
            Map<String, Procedures.Procedure> procedures, int sign) {
        int[] reception = fact.reception(procedures.get(fact.procedureCode()).paperResult());
        int[] completion = fact.completion();
        bump(days, new Key(fact.unitId(), fact.procedureCode(), fact.receivedOn(), 0), reception, 0, sign);
        bump(months, new Key(fact.unitId(), null, null, month(fact.receivedOn())), reception, 0, sign);
        if (fact.finishedOn() != null) {
            bump(days, new Key(fact.unitId(), fact.procedureCode(), fact.finishedOn(), 0), completion,
                    Fact.RECEPTION_MEASURES, sign);
            bump(months, new Key(fact.unitId(), null, null, month(fact.finishedOn())), completion,
                    Fact.RECEPTION_MEASURES, sign);
        }
    }

    private static void bump(Map<Key, int[]> target, Key key, int[] values, int offset, int sign) {
        int[] sums = target.computeIfAbsent(key, k -> new int[Fact.MEASURES.length]);
        for (int i = 0; i < values.length; i++) {
            sums[offset + i] += sign * values[i];
        }
    }

    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The non-zero deltas as rows (key columns, then the measures), in key order so that indexes fill in order. */
    private static List<Object[]> rows(Map<Key, int[]> deltas) {
        List<Object[]> rows = new ArrayList<>();
        new java.util.TreeMap<>(deltas).forEach((key, sums) -> {
            if (java.util.Arrays.stream(sums).anyMatch(v -> v != 0)) {
                Object[] columns = key.columns();
                Object[] row = java.util.Arrays.copyOf(columns, columns.length + sums.length);
                for (int i = 0; i < sums.length; i++) {
                    row[columns.length + i] = sums[i];
                }
                rows.add(row);
            }
        });
        return rows;
    }

    private void merge(String table, String keyColumns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String[] keys = keyColumns.split(",\\s*");
        String source = String.join(", ", java.util.stream.IntStream.range(0, keys.length + Fact.MEASURES.length)
                .mapToObj(i -> i < keys.length ? "cast(? as " + KEY_TYPES.get(keys[i]) + ") as " + keys[i]
                        : "cast(? as integer) as " + Fact.MEASURES[i - keys.length]).toList());
        String on = String.join(" and ", java.util.Arrays.stream(keys).map(k -> "t." + k + " = s." + k).toList());
        String sets = String.join(", ", java.util.Arrays.stream(Fact.MEASURES).map(m -> m + " = t." + m + " + s." + m)
                .toList());
        String inserts = String.join(", ", java.util.Arrays.stream((keyColumns + ", " + MEASURES).split(",\\s*"))
                .map(c -> "s." + c).toList());
        jdbc.batchUpdate("merge into " + table + " t using (select " + source + ") s on (" + on + ") when matched "
                + "then update set " + sets + " when not matched then insert (" + keyColumns + ", " + MEASURES
                + ") values (" + inserts + ")", rows);
    }

    /** The stored version of each dossier of the batch that exists (one query per thousand keys). */
    private Map<String, Fact> stored(List<Fact> batch) {
        Map<String, Fact> found = new HashMap<>();
        List<String> keys = batch.stream().map(Fact::maHoSo).distinct().toList();
        int chunkSize = postgres ? keys.size() : 1000;
        for (int from = 0; from < keys.size(); from += chunkSize) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + chunkSize));
            String sql = postgres ? "select * from ind_dossier where ma_ho_so = any (?)"
                    : "select * from ind_dossier where ma_ho_so in ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            Object[] args = postgres ? new Object[] {chunk.toArray(String[]::new)} : chunk.toArray();
            jdbc.query(sql, rs -> {
                Boolean onTime = (Boolean) rs.getObject("on_time");
                Date finished = rs.getDate("finished_on");
                found.put(rs.getString("ma_ho_so"), new Fact(rs.getString("ma_ho_so"), rs.getLong("unit_id"),
                        rs.getString("procedure_code"), rs.getInt("channel"), rs.getBoolean("own_account"),
                        rs.getBoolean("e_result"), rs.getInt("status"), rs.getDate("received_on").toLocalDate(),
                        finished == null ? null : finished.toLocalDate(), onTime, rs.getBoolean("has_fee"),
                        rs.getBoolean("paid_online"), rs.getBoolean("digitised"), rs.getInt("supplements")));
            }, args);
        }
        return found;
    }

    private static Object[] row(Fact f, boolean late, java.sql.Timestamp now) {
        return new Object[] {f.maHoSo(), f.unitId(), f.procedureCode(), f.channel(), f.ownAccount(),
            f.electronicResult(), f.status(), Date.valueOf(f.receivedOn()),
            f.finishedOn() == null ? null : Date.valueOf(f.finishedOn()), f.onTime(), f.hasFee(), f.paidOnline(),
            f.digitised(), f.supplements(), late, now};
    }
}
