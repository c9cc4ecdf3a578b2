package vn.thidua.demo.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.demo.DemoData;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.indicator.SyntheticDossiers;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitLevel;

/**
 * Loads the sample province into an empty database: units, people, awards and accounts in a transaction of its own
 * so that a failure leaves nothing behind, whatever transaction the caller is in; then the public-service dossiers
 * through the ordinary ingest, whose batches are idempotent.
 */
@Service
class DemoLoader implements DemoData {

    private final OrganizationDirectory directory;
    private final DemoWriter writer;
    private final TransactionTemplate ownTransaction;
    private static final String PROCEDURE_PREFIX = "DEMO";
    private static final int PROCEDURES = 80;
    private static final int DOSSIERS_A_YEAR = 12_000;

    private final Clock clock;
    private final DossierIngest ingest;

    DemoLoader(OrganizationDirectory directory, DemoWriter writer, DossierIngest ingest,
            PlatformTransactionManager transactions, Clock clock) {
        this.directory = directory;
        this.writer = writer;
        this.ingest = ingest;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public Summary load() {
        if (!directory.roots().isEmpty()) {
            throw new IllegalStateException("Demo data goes only into an empty database, and this one has units");
        }
        long started = System.nanoTime();
        DemoResources resources = DemoResources.load();
        DemoDataset dataset = DemoGenerator.generate(resources, Year.now(clock).getValue());
        ownTransaction.executeWithoutResult(status -> writer.write(dataset, resources));
        long dossiers = dossiers(dataset);
        return new Summary(dataset.units().size(), dataset.people().size(), dataset.awards().size(),
                dataset.accounts().size(), dossiers, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Public-service dossiers of last year and of this year to date, handled by the agencies, their rooms and the
     * communes as they stand today, through the ordinary ingest (so the scorecards and rankings have data).
     */
    private long dossiers(DemoDataset dataset) {
        LocalDate today = LocalDate.now(clock);
        List<String> units = dataset.units().stream().filter(u -> u.validTo() == null && (u.level() == UnitLevel.AGENCY
                || u.level() == UnitLevel.SUBUNIT || u.level() == UnitLevel.COMMUNE)).map(DemoDataset.Unit::code)
                .toList();
        ingest.importProcedures(SyntheticDossiers.procedures(PROCEDURE_PREFIX, PROCEDURES)
                .getBytes(StandardCharsets.UTF_8));
        long accepted = 0;
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            SyntheticDossiers.write(file, units, PROCEDURE_PREFIX, PROCEDURES, DOSSIERS_A_YEAR,
                    (year - 2000) * 1_000_000L, year, today, year);
            accepted += ingest.ingest(new ByteArrayInputStream(file.toByteArray()), DossierIngest.Format.CSV,
                    "demo-" + year).accepted();
        }
        return accepted;
    }
}
