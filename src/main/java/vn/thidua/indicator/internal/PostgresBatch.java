package vn.thidua.indicator.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based path on PostgreSQL: the batch is copied into a temporary table, joined once with the stored dossiers
 * to keep only the changed ones with their stored values, the deltas (new contribution minus stored contribution)
 * are summed in one statement per aggregate table, then the dossiers are upserted. Same results as the row-by-row
 * path (the same tests run on both databases), in a handful of statements per batch.
 */
final class PostgresBatch {

    private static final String[] FIELDS = {"unit_id", "procedure_code", "channel", "own_account", "e_result",
        "status", "received_on", "finished_on", "on_time", "has_fee", "paid_online", "digitised", "supplements"};
    private static final String COLUMNS = "ma_ho_so, " + String.join(", ", FIELDS);

    private PostgresBatch() {
    }

    /** Writes the facts (one per MaHoSo) and their deltas; returns how many changed a month before {@code current}. */
    static int write(JdbcTemplate jdbc, Collection<Fact> facts, YearMonth current) {
        jdbc.execute("create temporary table if not exists ind_stage (ma_ho_so varchar(60), unit_id bigint, "
                + "procedure_code varchar(40), channel smallint, own_account boolean, e_result boolean, "
                + "status smallint, received_on date, finished_on date, on_time boolean, has_fee boolean, "
                + "paid_online boolean, digitised boolean, supplements smallint) on commit delete rows");
        jdbc.execute("create temporary table if not exists ind_changed as select s.*, " + String.join(", ",
                Arrays.stream(FIELDS).map(f -> "d." + f + " as o_" + f).toList()) + ", false as existed, "
                + "false as late from ind_stage s, ind_dossier d with no data");
        jdbc.execute("create temporary table if not exists ind_delta (unit_id bigint, procedure_code varchar(40), "
                + "on_day date, r_total integer, r_online integer, r_online_own integer, r_online_766 integer, "
                + "r_fee integer, r_paid_online integer, r_digitised integer, c_done integer, c_on_time integer)");
        jdbc.execute("truncate ind_changed, ind_delta");
        copy(jdbc, facts);
        jdbc.execute("analyze ind_stage");
        String news = String.join(", ", Arrays.stream(FIELDS).map(f -> "s." + f).toList());
        String olds = String.join(", ", Arrays.stream(FIELDS).map(f -> "d." + f).toList());
        int firstOfMonth = current.getYear() * 100 + current.getMonthValue();
        jdbc.update("insert into ind_changed select s.*, " + olds + ", d.ma_ho_so is not null, d.ma_ho_so is not null "
                + "and least(" + month("d.received_on") + ", " + month("s.received_on") + ", coalesce("
                + month("d.finished_on") + ", 999999), coalesce(" + month("s.finished_on") + ", 999999)) < ? "
                + "from ind_stage s left join ind_dossier d on d.ma_ho_so = s.ma_ho_so where d.ma_ho_so is null or ("
                + news + ") is distinct from (" + olds + ")", firstOfMonth);
        jdbc.update("insert into ind_delta select unit_id, procedure_code, on_day, " + sums()
                + " from (" + contributions("", 1, "ma_ho_so is not null") + " union all " + contributions("o_", -1, "existed")
                + ") c group by unit_id, procedure_code, on_day");
        String measures = String.join(", ", Fact.MEASURES);
        String increments = String.join(", ", Arrays.stream(Fact.MEASURES)
                .map(m -> m + " = %1$s." + m + " + excluded." + m).toList());
        jdbc.update("insert into ind_agg (unit_id, procedure_code, on_day, " + measures + ") select unit_id, "
                + "procedure_code, on_day, " + measures + " from ind_delta on conflict (unit_id, procedure_code, on_day)"
                + " do update set " + increments.formatted("ind_agg"));
        jdbc.update("insert into ind_agg_month (unit_id, in_month, " + measures + ") select unit_id, "
                + month("on_day") + ", " + sums() + " from ind_delta group by unit_id, " + month("on_day")
                + " on conflict (unit_id, in_month) do update set " + increments.formatted("ind_agg_month"));
        jdbc.update("insert into ind_dossier (" + COLUMNS + ", late_update, updated_at) select " + COLUMNS
                + ", late, now() from ind_changed on conflict (ma_ho_so) do update set " + String.join(", ",
                        Arrays.stream(FIELDS).map(f -> f + " = excluded." + f).toList())
                + ", late_update = ind_dossier.late_update or excluded.late_update, updated_at = excluded.updated_at");
        Integer late = jdbc.queryForObject("select count(*) from ind_changed where late", Integer.class);
        return late == null ? 0 : late;
    }

    private static String sums() {
        return String.join(", ", Arrays.stream(Fact.MEASURES).map(m -> "sum(" + m + ")").toList());
    }

    /** The contributions of the changed dossiers: new values (prefix "", sign 1) or stored ones ("o_", −1). */
    private static String contributions(String prefix, int sign, String present) {
        String p = "c." + prefix;
        String counted = p + "status not in (1, 3, 7)";
        String from = " from ind_changed c join ind_procedure pr on pr.code = " + p + "procedure_code where c."
                + present;
        String reception = String.join(", ",
                flag(counted, sign) + " as r_total", flag(counted + " and " + p + "channel = 2", sign) + " as r_online",
                flag(counted + " and " + p + "channel = 2 and " + p + "own_account", sign) + " as r_online_own",
                flag(counted + " and " + p + "channel = 2 and (not pr.paper_result or " + p + "e_result)", sign)
                        + " as r_online_766",
                flag(counted + " and " + p + "has_fee", sign) + " as r_fee",
                flag(counted + " and " + p + "has_fee and " + p + "paid_online", sign) + " as r_paid_online",
                flag(counted + " and " + p + "digitised", sign) + " as r_digitised");
        return "select " + p + "unit_id as unit_id, " + p + "procedure_code as procedure_code, " + p
                + "received_on as on_day, " + reception + ", 0 as c_done, 0 as c_on_time" + from
                + " union all select " + p + "unit_id, " + p + "procedure_code, " + p + "finished_on, 0, 0, 0, 0, 0, "
                + "0, 0, " + sign + ", " + flag(p + "on_time", sign) + from + " and " + p + "finished_on is not null";
    }

    private static String flag(String condition, int sign) {
        return "case when " + condition + " then " + sign + " else 0 end";
    }

    private static String month(String column) {
        return "(extract(year from " + column + ") * 100 + extract(month from " + column + "))::integer";
    }

    private static void copy(JdbcTemplate jdbc, Collection<Fact> facts) {
        StringBuilder text = new StringBuilder(facts.size() * 96);
        for (Fact f : facts) {
            text.append(f.maHoSo().replace('\t', ' ').replace("\\", "\\\\")).append('\t').append(f.unitId())
                    .append('\t').append(f.procedureCode()).append('\t').append(f.channel()).append('\t')
                    .append(f.ownAccount()).append('\t').append(f.electronicResult()).append('\t').append(f.status())
                    .append('\t').append(f.receivedOn()).append('\t')
                    .append(f.finishedOn() == null ? "\\N" : f.finishedOn()).append('\t')
                    .append(f.onTime() == null ? "\\N" : f.onTime()).append('\t').append(f.hasFee()).append('\t')
                    .append(f.paidOnline()).append('\t').append(f.digitised()).append('\t').append(f.supplements())
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        jdbc.execute((Connection connection) -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy ind_stage (" + COLUMNS
                        + ") from stdin", new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
