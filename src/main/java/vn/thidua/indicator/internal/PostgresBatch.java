package vn.thidua.indicator.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch on PostgreSQL with {@code COPY}: new dossiers straight into ind_dossier, changed ones through a
 * temporary table and one UPDATE, the aggregate deltas (computed by {@link FactWriter}) through temporary tables
 * and one upsert per aggregate table. A handful of statements per batch instead of one per row.
 */
final class PostgresBatch {

    private static final String DOSSIER_COLUMNS = "ma_ho_so, unit_id, procedure_code, channel, own_account, e_result, "
            + "status, received_on, finished_on, on_time, has_fee, paid_online, digitised, supplements, late_update, "
            + "updated_at";
    private static final String MEASURES = String.join(", ", Fact.MEASURES);

    private PostgresBatch() {
    }

    static void write(JdbcTemplate jdbc, Collection<Object[]> created, Collection<Object[]> changed,
            Collection<Object[]> days, Collection<Object[]> months) {
        copy(jdbc, "ind_dossier (" + DOSSIER_COLUMNS + ")", created);
        if (!changed.isEmpty()) {
            jdbc.execute("create temporary table if not exists ind_stage (like ind_dossier) on commit delete rows");
            copy(jdbc, "ind_stage (" + DOSSIER_COLUMNS + ")", changed);
            jdbc.update("update ind_dossier d set " + String.join(", ", Arrays.stream(DOSSIER_COLUMNS.split(", "))
                    .filter(c -> !c.equals("ma_ho_so") && !c.equals("late_update")).map(c -> c + " = s." + c).toList())
                    + ", late_update = d.late_update or s.late_update from ind_stage s where d.ma_ho_so = s.ma_ho_so");
        }
        upsert(jdbc, "ind_agg", "unit_id bigint, procedure_code varchar(40), on_day date",
                "unit_id, procedure_code, on_day", days);
        upsert(jdbc, "ind_agg_month", "unit_id bigint, in_month integer", "unit_id, in_month", months);
    }

    /** Adds the deltas (already in key order) to the aggregate table, inserting the keys it does not have yet. */
    private static void upsert(JdbcTemplate jdbc, String table, String keyDefinitions, String keys,
            Collection<Object[]> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        String stage = table + "_delta";
        jdbc.execute("create temporary table if not exists " + stage + " (" + keyDefinitions + ", " + String.join(
                ", ", Arrays.stream(Fact.MEASURES).map(m -> m + " integer").toList()) + ") on commit delete rows");
        copy(jdbc, stage + " (" + keys + ", " + MEASURES + ")", deltas);
        jdbc.update("insert into " + table + " (" + keys + ", " + MEASURES + ") select " + keys + ", " + MEASURES
                + " from " + stage + " on conflict (" + keys + ") do update set " + String.join(", ",
                        Arrays.stream(Fact.MEASURES).map(m -> m + " = " + table + "." + m + " + excluded." + m)
                                .toList()));
    }

    /** COPY in text format: tab-separated, \N for null, backslash and control characters escaped. */
    private static void copy(JdbcTemplate jdbc, String target, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 100);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object value = row[i];
                if (value == null) {
                    text.append("\\N");
                } else if (value instanceof String string) {
                    escape(text, string);
                } else if (value instanceof java.sql.Timestamp timestamp) {
                    text.append(timestamp.toInstant());
                } else {
                    text.append(value);
                }
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        jdbc.execute((Connection connection) -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + target + " from stdin", new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
