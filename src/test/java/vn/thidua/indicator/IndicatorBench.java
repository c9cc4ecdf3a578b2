package vn.thidua.indicator;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.ThiDuaApplication;
import vn.thidua.identity.SystemActor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationManagement;

/**
 * Benchmark of the indicator module on PostgreSQL (run by {@code bench/indicator-bench.sh}, not by the tests):
 * ingest of N generated dossiers against a raw COPY of the same file into an unindexed table; the province-wide
 * scorecard from the aggregates against one hand-written GROUP BY over the raw rows; the full recompute against that
 * GROUP BY; and the freshness of the scorecard after 10,000 new dossiers.
 */
public final class IndicatorBench {

    private static final List<String> CODES = List.of("HS_TRUC_TUYEN", "HS_TRUC_TUYEN_TAI_KHOAN",
            "HS_TRUC_TUYEN_766", "THANH_TOAN_TRUC_TUYEN", "SO_HOA_HS", "DUNG_HAN");
    private static final int YEAR = 2025;
    private static final int PROCEDURES = 120;

    private IndicatorBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ThiDuaApplication.class)
                .profiles("postgresql")
                .properties("thidua.demo.load=false", "server.port=0", "logging.level.root=WARN").run()) {
            run(context, count);
        }
    }

    private static void run(ConfigurableApplicationContext context, int count) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        DossierIngest ingest = context.getBean(DossierIngest.class);
        Scorecards scorecards = context.getBean(Scorecards.class);
        OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);
        List<String> units = province(context);
        long province = directory.unitByCode("BENCH.P").orElseThrow().id();
        SystemActor.run(() -> ingest.importProcedures(SyntheticDossiers.procedures("B", PROCEDURES)
                .getBytes(StandardCharsets.UTF_8)));

        Path file = Files.createTempFile("dossiers", ".csv");
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(file.toFile()))) {
            SyntheticDossiers.write(out, units, "B", PROCEDURES, count, 1, YEAR, java.time.LocalDate.of(YEAR, 12, 31), 42);
        }
        System.out.printf("generated %,d dossiers, %,d MB%n", count, Files.size(file) >> 20);

        String textColumns = String.join(" text, ", SyntheticDossiers.HEADER.strip().split(",")) + " text";
        jdbc.execute("drop table if exists bench_raw");
        jdbc.execute("create unlogged table bench_raw (" + textColumns + ")");
        long copy = time(() -> copy(jdbc, file, "bench_raw"));
        // the least any ingest idempotent by MaHoSo must do: keep the rows durably under their key
        jdbc.execute("drop table if exists bench_keyed");
        jdbc.execute("create table bench_keyed (" + textColumns + ", primary key (MaHoSo))");
        long keyed = time(() -> copy(jdbc, file, "bench_keyed"));
        System.out.printf("floor: COPY into a logged table keyed by MaHoSo, no parsing, no aggregates %,d ms: %.3f of "
                + "COPY's throughput%n", keyed, (double) copy / keyed);
        jdbc.execute("drop table bench_keyed");
        AtomicReference<DossierIngest.Report> report = new AtomicReference<>();
        long load = time(() -> SystemActor.run(() -> report.set(ingest.ingest(open(file),
                DossierIngest.Format.CSV, "bench"))));
        System.out.printf("ingest: COPY %,d ms, ingest %,d ms (%,d accepted, %,d refused): %.3f of COPY's throughput "
                + "(goal ≥ 0.5)%n", copy, load, report.get().accepted(), report.get().rejected(),
                (double) copy / load);

        List<Long> scorecardTimes = new ArrayList<>();
        List<Long> groupByTimes = new ArrayList<>();
        List<Long> fineTimes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            groupByTimes.add(time(() -> groupBy(jdbc, "d.unit_id, extract(month from %s)")));
            fineTimes.add(time(() -> groupBy(jdbc, "d.unit_id, d.procedure_code, %s")));
            scorecardTimes.add(time(() -> SystemActor.run(() -> scorecards.scorecard(province, CODES, YEAR))));
        }
        long groupBy = groupByTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
        long scorecard = scorecardTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
        System.out.printf("scorecard (%d indicators × all units × 12 months): GROUP BY over raw rows %,d ms, from "
                + "aggregates %,d ms: %.1f× faster (goal ≥ 20×)%n", CODES.size(), groupBy, scorecard,
                (double) groupBy / Math.max(1, scorecard));

        long recompute = time(() -> SystemActor.run(ingest::recompute));
        System.out.printf("recompute: %,d ms = %.2f× the GROUP BY (goal ≤ 1.5×)%n", recompute,
                (double) recompute / groupBy);
        long fine = fineTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
        System.out.printf("floor: the same GROUP BY at the aggregates' grain (unit × procedure × day), read and "
                + "discarded, %,d ms = %.2f× the GROUP BY%n", fine, (double) fine / groupBy);

        Path fresh = Files.createTempFile("fresh", ".csv");
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(fresh.toFile()))) {
            SyntheticDossiers.write(out, units, "B", PROCEDURES, 10_000, count + 1L, YEAR,
                    java.time.LocalDate.of(YEAR, 12, 31), 43);
        }
        long freshness = time(() -> SystemActor.run(() -> {
            ingest.ingest(open(fresh), DossierIngest.Format.CSV, "fresh");
            scorecards.scorecard(province, CODES, YEAR);
        }));
        System.out.printf("freshness: 10,000 new dossiers to the updated scorecard in %,d ms (goal < 1,000 ms)%n",
                freshness);
        Files.delete(file);
        Files.delete(fresh);
    }

    /**
     * The same sums the scorecard reads from the aggregates, from the raw rows in one statement, grouped by the keys
     * (an expression over the day the row counts on): unit and month (the scorecard's cells, the baseline), or the
     * aggregates' own grain (a floor for the recompute).
     */
    private static void groupBy(JdbcTemplate jdbc, String keysOfDay) {
        String[] keys = keysOfDay.split(", ");
        String groups = String.join(", ", java.util.stream.IntStream.rangeClosed(1, keys.length)
                .mapToObj(k -> "k" + k).toList());
        String received = String.join(", ", java.util.stream.IntStream.range(0, keys.length)
                .mapToObj(k -> keys[k].formatted("d.received_on") + " as k" + (k + 1)).toList());
        String finished = String.join(", ", java.util.stream.IntStream.range(0, keys.length)
                .mapToObj(k -> keys[k].formatted("d.finished_on")).toList());
        jdbc.query("""
                select %s, sum(r_total), sum(r_online), sum(r_online_own), sum(r_online_766), sum(r_fee),
                       sum(r_paid_online), sum(r_digitised), sum(c_done), sum(c_on_time)
                from (
                  select %s,
                    case when d.status not in (1, 3, 7) then 1 else 0 end as r_total,
                    case when d.status not in (1, 3, 7) and d.channel = 2 then 1 else 0 end as r_online,
                    case when d.status not in (1, 3, 7) and d.channel = 2 and d.own_account then 1 else 0 end as r_online_own,
                    case when d.status not in (1, 3, 7) and d.channel = 2 and (not p.paper_result or d.e_result)
                         then 1 else 0 end as r_online_766,
                    case when d.status not in (1, 3, 7) and d.has_fee then 1 else 0 end as r_fee,
                    case when d.status not in (1, 3, 7) and d.has_fee and d.paid_online then 1 else 0 end as r_paid_online,
                    case when d.status not in (1, 3, 7) and d.digitised then 1 else 0 end as r_digitised,
                    0 as c_done, 0 as c_on_time
                  from ind_dossier d join ind_procedure p on p.code = d.procedure_code
                  where d.received_on between date '2025-01-01' and date '2025-12-31'
                  union all
                  select %s, 0, 0, 0, 0, 0, 0, 0, 1,
                    case when d.on_time then 1 else 0 end
                  from ind_dossier d where d.finished_on between date '2025-01-01' and date '2025-12-31'
                ) c group by %s""".formatted(groups, received, finished, groups), rs -> {
        });
    }

    private static void copy(JdbcTemplate jdbc, Path file, String table) {
        jdbc.execute((Connection connection) -> {
            try (InputStream in = new FileInputStream(file.toFile())) {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + table + " from stdin with (format csv, header true)", in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static List<String> province(ConfigurableApplicationContext context) {
        OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);
        List<String> codes = new ArrayList<>();
        StringBuilder csv = new StringBuilder("ma_dinh_danh,ten_don_vi,ten_viet_tat,cap,ma_don_vi_cap_tren,"
                + "hieu_luc_tu,hieu_luc_den,dia_danh,chuc_danh_thu_truong\n");
        csv.append("BENCH.P,Tỉnh Đo Hiệu Năng,UBND,TINH,,01/01/2020,,Sơn Hà,Chủ tịch\n");
        for (int a = 1; a <= 20; a++) {
            String agency = String.format("BENCH.A%02d", a);
            csv.append(agency).append(",Sở ").append(a).append(",S").append(a).append(",SO_NGANH,BENCH.P,01/01/2020,,,Giám đốc\n");
            codes.add(agency);
            for (int r = 1; r <= 3; r++) {
                String room = agency + ".R" + r;
                csv.append(room).append(",Phòng ").append(r).append(",P").append(r).append(",PHONG,").append(agency)
                        .append(",01/01/2020,,,Trưởng phòng\n");
                codes.add(room);
            }
        }
        for (int c = 1; c <= 80; c++) {
            String commune = String.format("BENCH.X%02d", c);
            csv.append(commune).append(",Xã ").append(c).append(",X").append(c)
                    .append(",XA,BENCH.P,01/07/2025,,,Chủ tịch\n");
            codes.add(commune);
        }
        if (directory.unitByCode("BENCH.P").isEmpty()) {
            SystemActor.run(() -> context.getBean(OrganizationManagement.class)
                    .importUnits(csv.toString().getBytes(StandardCharsets.UTF_8), "benchmark"));
        }
        return codes;
    }

    private static InputStream open(Path file) {
        try {
            return new java.io.BufferedInputStream(new FileInputStream(file.toFile()), 1 << 16);
        } catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
