package vn.thidua.demo.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.thidua.demo.DemoData;
import vn.thidua.identity.SystemActor;
import vn.thidua.organization.OrganizationDirectory;

/**
 * Loads the demo data at start-up when {@code thidua.demo.load} is true and the database is empty, as the system
 * actor, so that authorization lets it create the province and the audit trail names "system" as its author.
 */
@Component
@ConditionalOnProperty(name = "thidua.demo.load", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoData demoData;
    private final OrganizationDirectory directory;
    private volatile DemoData.Summary loaded;

    DemoDataRunner(DemoData demoData, OrganizationDirectory directory) {
        this.demoData = demoData;
        this.directory = directory;
    }

    /**
     * A failed load is logged, not thrown: it has rolled back, and the application is still usable without the
     * demo, which matters more than the demo itself.
     */
    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (!directory.roots().isEmpty()) {
                LOG.info("Demo data not loaded: the database already holds units");
                return;
            }
            try {
                loaded = demoData.load();
                LOG.info("Demo data loaded ({}): {} units, {} people, {} past awards, {} accounts, {} dossiers in {} ms",
                        DemoData.PROVINCE_CODE, loaded.units(), loaded.people(), loaded.awards(),
                        loaded.accounts(), loaded.dossiers(), loaded.millis());
            } catch (RuntimeException e) {
                LOG.error("Demo data could not be loaded; nothing of it was kept", e);
            }
        });
    }

    /** What this start-up loaded, if anything. */
    Optional<DemoData.Summary> loaded() {
        return Optional.ofNullable(loaded);
    }
}
