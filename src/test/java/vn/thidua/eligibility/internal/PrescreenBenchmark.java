package vn.thidua.eligibility.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.Outcome;

/**
 * Pre-screens the subjects of {@code bench_elig_facts} (written by bench/eligibility-prescreen.sh) against a
 * 15-criterion campaign three ways in one run: the engine with explanations (what the pages use), the compiled CEL
 * programs alone, and a hand-written Java check of the same criteria with the same UNKNOWN semantics. Checks that
 * all three agree on every outcome, then prints nanoseconds per evaluation and the ratios. Not a test: run by the
 * script with the test classpath.
 */
public final class PrescreenBenchmark {

    static final String[][] CRITERIA = {
        {"RATING", "", "consecutive.HTTNV >= 1"},
        {"LDTT", "", "consecutive.LAO_DONG_TIEN_TIEN >= 1"},
        {"ONLINE", "", "indicator.HS_TRUC_TUYEN >= 90.0"},
        {"PAYMENT", "", "indicator.THANH_TOAN_TRUC_TUYEN >= 45.0"},
        {"DVCTT", "", "indicator.DVCTT_CO_HS_TRUC_TUYEN >= 90"},
        {"DIGITISED", "", "indicator.SO_HOA_HS >= 80.0"},
        {"ON_TIME", "", "indicator.DUNG_HAN >= 95.0"},
        {"DTI", "", "rank.DTI_RANK <= 20"},
        {"GIAY_KHEN", "", "awards.GIAY_KHEN >= 1"},
        {"LEVEL", "", "subject.level in ['AGENCY', 'COMMUNE', 'SUBUNIT']"},
        {"PERIOD", "", "year >= 2022 && year <= 2025"},
        {"NO_DISCIPLINE", "", "!discipline_pending"},
        {"NO_INVESTIGATION", "", "!investigation_pending"},
        {"INITIATIVE", "A", "initiatives >= 1"},
        {"EXCELLENT", "B", "consecutive.HTXSNV >= 1"},
    };

    /** One subject's facts as a hand-written check would hold them; null = missing. */
    record Row(String level, Long httnv, Long ldtt, Double online, Double payment, Double dvctt, Double digitised,
            Double onTime, Long dti, Long giayKhen, long year, boolean discipline, boolean investigation,
            long initiatives, Long excellent) {
    }

    private PrescreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long loadStart = System.nanoTime();
        List<Row> rows = load(url, user, password);
        long loadNanos = System.nanoTime() - loadStart;
        List<FactSheet> sheets = new ArrayList<>(rows.size());
        for (Row row : rows) {
            sheets.add(sheet(row));
        }
        CelEngine engine = new CelEngine(2000, 32, 10_000);
        RuleEvaluator evaluator = new RuleEvaluator(engine);
        List<RuleEvaluator.Rule> rules = new ArrayList<>();
        for (String[] c : CRITERIA) {
            rules.add(new RuleEvaluator.Rule(new CriterionDefinition(c[0], c[0], c[1], c[2], "bench"),
                    engine.compile(c[2]), false));
        }
        int n = rows.size();
        Outcome[] explained = new Outcome[n];
        Outcome[] bare = new Outcome[n];
        Outcome[] java = new Outcome[n];
        long bestExplained = Long.MAX_VALUE;
        long bestBare = Long.MAX_VALUE;
        long bestJava = Long.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                explained[i] = evaluator.evaluate(rules, sheets.get(i)).outcome();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bare[i] = bare(engine, rules, sheets.get(i));
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                java[i] = handWritten(rows.get(i));
            }
            long t3 = System.nanoTime();
            if (round > 0) {
                bestExplained = Math.min(bestExplained, t1 - t0);
                bestBare = Math.min(bestBare, t2 - t1);
                bestJava = Math.min(bestJava, t3 - t2);
            }
        }
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            if (explained[i] != java[i] || bare[i] != java[i]) {
                throw new IllegalStateException("outcomes differ for subject " + i + ": " + explained[i] + " / "
                        + bare[i] + " / " + java[i]);
            }
            counts[java[i].ordinal()]++;
        }
        System.out.printf(Locale.ROOT, "subjects: %d, criteria: %d, rounds: %d (best of), load from PostgreSQL: %.0f ms%n",
                n, CRITERIA.length, rounds, loadNanos / 1e6);
        System.out.printf(Locale.ROOT, "outcomes (identical in all three): PASS %d, FAIL %d, UNKNOWN %d%n",
                counts[0], counts[1], counts[2]);
        print("hand-written Java check (baseline)", bestJava, n, bestJava);
        print("CEL programs, outcome only", bestBare, n, bestJava);
        print("CEL engine with explanations", bestExplained, n, bestJava);
    }

    private static void print(String label, long nanos, int n, long baseline) {
        System.out.printf(Locale.ROOT, "%-38s %10.1f ms total %9.2f µs/evaluation  x%.1f%n", label, nanos / 1e6,
                nanos / 1e3 / n, (double) nanos / baseline);
    }

    static Outcome bare(CelEngine engine, List<RuleEvaluator.Rule> rules, FactSheet sheet) {
        boolean requiredFail = false;
        int requiredOpen = 0;
        int[] fail = new int[2];
        int[] open = new int[2];
        for (RuleEvaluator.Rule rule : rules) {
            CelEngine.Evaluation e = engine.evaluate(rule.compiled(), sheet.variables());
            Outcome o = e.status() == CelEngine.Evaluation.Status.VALUE ? (e.value() ? Outcome.PASS : Outcome.FAIL)
                    : Outcome.UNKNOWN;
            String route = rule.definition().route();
            if (route.isEmpty()) {
                requiredFail |= o == Outcome.FAIL;
                requiredOpen += o == Outcome.PASS ? 0 : 1;
            } else {
                int r = route.equals("A") ? 0 : 1;
                fail[r] += o == Outcome.FAIL ? 1 : 0;
                open[r] += o == Outcome.PASS ? 0 : 1;
            }
        }
        return combine(requiredFail, requiredOpen, fail, open);
    }

    static Outcome handWritten(Row r) {
        Outcome[] required = {
            atLeast(r.httnv(), 1), atLeast(r.ldtt(), 1), atLeast(r.online(), 90.0), atLeast(r.payment(), 45.0),
            atLeast(r.dvctt(), 90.0), atLeast(r.digitised(), 80.0), atLeast(r.onTime(), 95.0),
            r.dti() == null ? Outcome.UNKNOWN : r.dti() <= 20 ? Outcome.PASS : Outcome.FAIL,
            atLeast(r.giayKhen(), 1),
            r.level().equals("AGENCY") || r.level().equals("COMMUNE") || r.level().equals("SUBUNIT") ? Outcome.PASS
                    : Outcome.FAIL,
            r.year() >= 2022 && r.year() <= 2025 ? Outcome.PASS : Outcome.FAIL,
            r.discipline() ? Outcome.FAIL : Outcome.PASS, r.investigation() ? Outcome.FAIL : Outcome.PASS};
        boolean requiredFail = false;
        int requiredOpen = 0;
        for (Outcome o : required) {
            requiredFail |= o == Outcome.FAIL;
            requiredOpen += o == Outcome.PASS ? 0 : 1;
        }
        Outcome a = r.initiatives() >= 1 ? Outcome.PASS : Outcome.FAIL;
        Outcome b = atLeast(r.excellent(), 1);
        int[] fail = {a == Outcome.FAIL ? 1 : 0, b == Outcome.FAIL ? 1 : 0};
        int[] open = {a == Outcome.PASS ? 0 : 1, b == Outcome.PASS ? 0 : 1};
        return combine(requiredFail, requiredOpen, fail, open);
    }

    private static Outcome atLeast(Number value, double threshold) {
        return value == null ? Outcome.UNKNOWN : value.doubleValue() >= threshold ? Outcome.PASS : Outcome.FAIL;
    }

    private static Outcome combine(boolean requiredFail, int requiredOpen, int[] fail, int[] open) {
        boolean someRoute = open[0] == 0 || open[1] == 0;
        if (requiredOpen == 0 && someRoute) {
            return Outcome.PASS;
        }
        if (requiredFail || fail[0] > 0 && fail[1] > 0) {
            return Outcome.FAIL;
        }
        return Outcome.UNKNOWN;
    }

    private static FactSheet sheet(Row r) {
        FactSheet s = new FactSheet().put("subject.type", "INDIVIDUAL", "b").put("subject.level", r.level(), "b")
                .put("year", r.year(), "b").put("discipline_pending", r.discipline(), "b")
                .put("investigation_pending", r.investigation(), "b").put("initiatives", r.initiatives(), "b");
        putIf(s, "consecutive.HTTNV", r.httnv());
        putIf(s, "consecutive.LAO_DONG_TIEN_TIEN", r.ldtt());
        putIf(s, "consecutive.HTXSNV", r.excellent());
        putIf(s, "indicator.HS_TRUC_TUYEN", r.online());
        putIf(s, "indicator.THANH_TOAN_TRUC_TUYEN", r.payment());
        putIf(s, "indicator.DVCTT_CO_HS_TRUC_TUYEN", r.dvctt());
        putIf(s, "indicator.SO_HOA_HS", r.digitised());
        putIf(s, "indicator.DUNG_HAN", r.onTime());
        putIf(s, "rank.DTI_RANK", r.dti());
        putIf(s, "awards.GIAY_KHEN", r.giayKhen());
        return s;
    }

    private static void putIf(FactSheet sheet, String name, Object value) {
        if (value != null) {
            sheet.put(name, value, "bench_elig_facts");
        }
    }

    private static List<Row> load(String url, String user, String password) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("select * from bench_elig_facts order by id")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString("level"), (Long) rs.getObject("httnv"), (Long) rs.getObject("ldtt"),
                            (Double) rs.getObject("online"), (Double) rs.getObject("payment"),
                            (Double) rs.getObject("dvctt"), (Double) rs.getObject("digitised"),
                            (Double) rs.getObject("on_time"), (Long) rs.getObject("dti"),
                            (Long) rs.getObject("giay_khen"), rs.getLong("year"), rs.getBoolean("discipline"),
                            rs.getBoolean("investigation"), rs.getLong("initiatives"),
                            (Long) rs.getObject("excellent")));
                }
            }
        }
        return rows;
    }
}
