package vn.thidua.campaign.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.audit.AuditLog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.identity.SystemActor;

/**
 * Loads the shipped definitions ({@code classpath:campaigns/*.json}) at start, idempotently: a new file is inserted;
 * a changed file replaces its campaign only when the TĐKT office has not edited it in the UI (their edit wins and is
 * reported in the log); an unchanged file does nothing. A broken file stops the start, naming the file and field.
 */
@Component
@Order(10)
class CampaignSeeds implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignSeeds.class);

    private final CampaignStore store;
    private final QuotaTree quotas;
    private final CampaignService campaigns;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CampaignSeeds(CampaignStore store, QuotaTree quotas, CampaignService campaigns, AuditLog audit,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.quotas = quotas;
        this.campaigns = campaigns;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:campaigns/*.json");
        List<Resource> sorted = Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList();
        for (Resource file : sorted) {
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readAllBytes();
            }
            SystemActor.run(() -> transaction.executeWithoutResult(status -> load(file.getFilename(), bytes)));
        }
    }

    /** Loads one file; returns what happened (for the tests and the log). */
    String load(String fileName, byte[] bytes) {
        String checksum = sha256(bytes);
        CampaignDefinition definition;
        try {
            definition = campaigns.checked(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IllegalStateException("campaign file " + fileName + ": " + e.getMessage(), e);
        }
        var existing = store.lock(definition.code());
        if (existing.isEmpty()) {
            long id = store.insert(definition, DefinitionJson.write(definition), "FILE", fileName, checksum, null,
                    SystemActor.NAME, clock.instant());
            quotas.sync(id, definition);
            audit.record("campaign.load", "Campaign", definition.code(), null, definition, fileName);
            return "inserted";
        }
        StoredCampaign row = existing.get();
        if (checksum.equals(row.sourceChecksum())) {
            return "unchanged";
        }
        if (row.editedInUi() || !"FILE".equals(row.origin())) {
            LOG.warn("Campaign {} changed in {} but was edited in the UI; the stored version is kept",
                    definition.code(), fileName);
            return "kept";
        }
        CampaignDefinition before = DefinitionJson.read(row.definition());
        store.update(row.id(), row.version(), definition, DefinitionJson.write(definition), checksum, false, null,
                SystemActor.NAME, clock.instant());
        quotas.sync(row.id(), definition);
        audit.record("campaign.reload", "Campaign", definition.code(), before, definition, fileName);
        return "updated";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
