package vn.thidua.indicator.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.identity.SystemActor;
import vn.thidua.indicator.DossierIngest;

/**
 * Rebuilds the aggregates at start when dossiers exist but the aggregates are empty: PostgreSQL empties its unlogged
 * aggregate tables after a crash, and they must never silently read as zero.
 */
@Component
class AggregateCheck implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateCheck.class);

    private final JdbcTemplate jdbc;
    private final DossierIngest ingest;

    AggregateCheck(JdbcTemplate jdbc, DossierIngest ingest) {
        this.jdbc = jdbc;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean dossiers = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from ind_dossier)", Boolean.class));
        boolean aggregates = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from ind_agg_month)", Boolean.class));
        if (dossiers && !aggregates) {
            LOG.warn("Indicator aggregates are empty while dossiers exist: rebuilding them");
            SystemActor.run(ingest::recompute);
        }
    }
}
