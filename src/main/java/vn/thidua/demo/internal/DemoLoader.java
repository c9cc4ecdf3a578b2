package vn.thidua.demo.internal;

import java.time.Clock;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.demo.DemoData;
import vn.thidua.organization.OrganizationDirectory;

/**
 * Loads the sample province into an empty database, in a transaction of its own so that a failure leaves nothing
 * behind, whatever transaction the caller is in.
 */
@Service
class DemoLoader implements DemoData {

    private final OrganizationDirectory directory;
    private final DemoWriter writer;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DemoLoader(OrganizationDirectory directory, DemoWriter writer,
            PlatformTransactionManager transactions, Clock clock) {
        this.directory = directory;
        this.writer = writer;
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
        return new Summary(dataset.units().size(), dataset.people().size(), dataset.awards().size(),
                dataset.accounts().size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
