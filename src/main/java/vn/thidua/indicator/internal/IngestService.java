package vn.thidua.indicator.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.AuditLog;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;

/**
 * Streams a file of dossier records in batches, each committed on its own: good records are written with their
 * aggregate deltas (a batch is written while the next is parsed), bad ones are reported by line and kept out. Units are resolved by their administrative code
 * and must lie in the importer's scope; procedures must be in the catalogue.
 */
@Service
class IngestService implements DossierIngest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestService.class);
    private static final int BATCH = 20_000;
    private static final int REPORTED = 1_000;

    private final FactWriter writer;
    private final Procedures procedures;
    private final Calendars calendars;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Set<String> ownAccountKinds;

    IngestService(FactWriter writer, Procedures procedures, Calendars calendars, OrganizationDirectory organization,
            AccessControl access, AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transactions,
            JsonMapper json, Clock clock, @Value("${thidua.indicator.own-account-kinds}") Set<String> ownAccountKinds) {
        this.writer = writer;
        this.procedures = procedures;
        this.calendars = calendars;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.ownAccountKinds = Set.copyOf(ownAccountKinds);
    }

    @Override
    public Report ingest(InputStream content, Format format, String sourceName) {
        String actor = access.currentActor().username();
        long started = System.currentTimeMillis();
        Map<String, Procedures.Procedure> catalogue = procedures.all();
        WorkingCalendar calendar = calendars.calendar();
        Map<String, Optional<Long>> units = new HashMap<>();
        YearMonth current = YearMonth.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        RecordStream stream = RecordStream.of(format, content, json);
        List<Rejection> rejections = new ArrayList<>();
        List<Fact> batch = new ArrayList<>(BATCH);
        long lines = 0;
        long rejected = 0;
        long accepted = 0;
        long late = 0;
        // one batch is written on another thread while this one parses the next: the two cost about the same
        ExecutorService writerThread = Executors.newSingleThreadExecutor();
        Future<Integer> writing = null;
        try {
            for (RecordStream.Item item = stream.next(); item != null; item = stream.next()) {
                lines++;
                Rejection refusal = item.rejection();
                if (refusal == null) {
                    DossierRecord record = item.record();
                    Optional<Long> unit = units.computeIfAbsent(record.unitCode(), this::unitInScope);
                    Procedures.Procedure procedure = catalogue.get(record.procedureCode());
                    if (unit.isEmpty()) {
                        refusal = new Rejection(item.line(), "DonViXuLy", "error.indicator.unit",
                                List.of(record.unitCode()));
                    } else if (procedure == null) {
                        refusal = new Rejection(item.line(), "MaTTHC", "error.indicator.procedure",
                                List.of(record.procedureCode()));
                    } else {
                        OnTimeRule.Verdict verdict = OnTimeRule.judge(record, procedure.statutoryDays(), calendar,
                                now);
                        batch.add(Fact.of(record, unit.get(), procedure, verdict, ownAccountKinds));
                    }
                }
                if (refusal != null) {
                    rejected++;
                    if (rejections.size() < REPORTED) {
                        rejections.add(refusal);
                    }
                }
                if (batch.size() == BATCH) {
                    late += written(writing);
                    accepted += batch.size();
                    List<Fact> full = batch;
                    writing = writerThread.submit(() -> flush(full, catalogue, current));
                    batch = new ArrayList<>(BATCH);
                }
            }
            late += written(writing);
            writing = null;
            late += flush(batch, catalogue, current);
            accepted += batch.size();
        } finally {
            if (writing != null) {
                writing.cancel(false);
            }
            writerThread.shutdown();
            awaitQuietly(writerThread);
        }
        long millis = System.currentTimeMillis() - started;
        long importId = record(sourceName, actor, lines, accepted, rejected, late);
        return new Report(importId, lines, accepted, rejected, late, List.copyOf(rejections), millis);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public boolean recordServiceDossier(ServiceDossier dossier) {
        Map<String, Procedures.Procedure> catalogue = procedures.all();
        Procedures.Procedure procedure = catalogue.get(dossier.procedureCode());
        if (procedure == null) {
            LOG.warn("Dossier {} not counted: procedure {} is not in the catalogue", dossier.maHoSo(),
                    dossier.procedureCode());
            return false;
        }
        DossierRecord record = new DossierRecord(dossier.maHoSo(), null, procedure.code(), dossier.online() ? 2 : 1,
                dossier.accountKind(), false, 4, dossier.receivedAt(), null, null, null, null, false, false, false,
                false, List.of());
        Fact fact = Fact.of(record, dossier.unitId(), procedure, OnTimeRule.Verdict.OPEN_IN_TIME, ownAccountKinds);
        writer.write(List.of(fact), catalogue, YearMonth.now(clock));
        return true;
    }

    @Override
    public int importProcedures(byte[] table) {
        requireProvinceOffice();
        Integer count = transactions.execute(status -> {
            int rows = procedures.importTable(table);
            audit.record("indicator.procedures", "Procedure", null, null, rows, null);
            return rows;
        });
        return count == null ? 0 : count;
    }

    @Override
    public void recompute() {
        requireProvinceOffice();
        transactions.executeWithoutResult(status -> {
            writer.recompute(procedures.all());
            audit.record("indicator.recompute", "Aggregate", null, null, null, null);
        });
    }

    /** Waits for the batch being written and returns its late updates; a failed write fails the import. */
    private static int written(Future<Integer> writing) {
        if (writing == null) {
            return 0;
        }
        try {
            return writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        }
    }

    /** A batch already sent to the database finishes (or fails) before the import returns, never after. */
    private static void awaitQuietly(ExecutorService writerThread) {
        try {
            writerThread.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int flush(List<Fact> batch, Map<String, Procedures.Procedure> catalogue, YearMonth current) {
        if (batch.isEmpty()) {
            return 0;
        }
        Integer late = transactions.execute(status -> writer.write(batch, catalogue, current));
        return late == null ? 0 : late;
    }

    /** The unit of the code, when the importer may write data of it (TĐKT office or administrator over it). */
    private Optional<Long> unitInScope(String code) {
        return organization.unitByCode(code).map(UnitInfo::id)
                .filter(id -> access.isUnrestricted() || access.can(id, Role.TDKT_OFFICE, Role.ADMIN));
    }

    private void requireProvinceOffice() {
        if (!access.isUnrestricted()) {
            Set<Long> roots = new HashSet<>();
            organization.roots().forEach(root -> roots.add(root.id()));
            if (roots.stream().noneMatch(root -> access.can(root, Role.TDKT_OFFICE, Role.ADMIN))) {
                throw new org.springframework.security.access.AccessDeniedException("provincial TDKT office only");
            }
        }
    }

    private long record(String source, String actor, long lines, long accepted, long rejected, long late) {
        Long id = transactions.execute(status -> {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into ind_import (source_name, started_at, finished_at, lines, accepted, rejected,
                            late_updates, started_by) values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                var now = java.sql.Timestamp.from(clock.instant());
                statement.setString(1, source.length() > 255 ? source.substring(0, 255) : source);
                statement.setTimestamp(2, now);
                statement.setTimestamp(3, now);
                statement.setLong(4, lines);
                statement.setLong(5, accepted);
                statement.setLong(6, rejected);
                statement.setLong(7, late);
                statement.setString(8, actor);
                return statement;
            }, keys);
            long importId = keys.getKey().longValue();
            audit.record("indicator.import", "Import", importId, null,
                    List.of(source, lines, accepted, rejected, late), null);
            return importId;
        });
        return id == null ? 0 : id;
    }
}
