package vn.thidua.catalog.internal;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.catalog.CatalogMaintenance;
import vn.thidua.catalog.MultiplierEntry;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Lets the provincial TĐKT office correct the values DOMAIN.md marks unverified. Only an office whose scope holds
 * a province-level unit may do it (the catalogue is the province's); verified values stay as the migration wrote
 * them; every correction is audited with the value before and after and the reason.
 */
@Service
@Transactional
class CatalogCorrections implements CatalogMaintenance {

    private final JdbcTemplate jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrganizationDirectory organization;

    CatalogCorrections(JdbcTemplate jdbc, AccessControl access, AuditLog audit, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.organization = organization;
    }

    @Override
    public AwardFact correctFact(long factId, long expectedVersion, String value, String legalSource,
            boolean verified, String reason) {
        requireOffice();
        AwardFact before = jdbc.query("select * from cat_award_fact where id = ?", CatalogRepository.FACT, factId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("AwardFact", factId));
        check(before.verified(), before.version(), expectedVersion, value, legalSource, reason);
        if (before.attribute() == AwardFact.Attribute.BALLOT_THRESHOLD) {
            BigDecimal share = number(value, "value");
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new BusinessRuleException("error.catalog.share", "value", value);
            }
        }
        jdbc.update("""
                update cat_award_fact set fact_value = ?, legal_source = ?, verified = ?, version = version + 1
                where id = ? and version = ?
                """, value.strip(), legalSource.strip(), verified, factId, expectedVersion);
        AwardFact after = jdbc.query("select * from cat_award_fact where id = ?", CatalogRepository.FACT, factId)
                .get(0);
        audit.record("catalog.fact.correct", "AwardFact", factId, before, after, reason);
        return after;
    }

    @Override
    public MultiplierEntry correctMultiplier(long multiplierId, long expectedVersion, BigDecimal multiplier,
            String legalSource, boolean verified, String reason) {
        requireOffice();
        MultiplierEntry before = jdbc.query("select * from cat_reward_multiplier where id = ?",
                CatalogRepository.MULTIPLIER, multiplierId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("MultiplierEntry", multiplierId));
        check(before.verified(), before.version(), expectedVersion, multiplier == null ? null : multiplier.toString(),
                legalSource, reason);
        if (multiplier.signum() <= 0 || multiplier.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleException("error.catalog.multiplier", "multiplier", multiplier);
        }
        jdbc.update("""
                update cat_reward_multiplier set multiplier = ?, legal_source = ?, verified = ?, version = version + 1
                where id = ? and version = ?
                """, multiplier, legalSource.strip(), verified, multiplierId, expectedVersion);
        MultiplierEntry after = jdbc.query("select * from cat_reward_multiplier where id = ?",
                CatalogRepository.MULTIPLIER, multiplierId).get(0);
        audit.record("catalog.multiplier.correct", "MultiplierEntry", multiplierId, before, after, reason);
        return after;
    }

    private void requireOffice() {
        if (access.isUnrestricted()) {
            return;
        }
        boolean provincial = access.scopeRoots(Role.TDKT_OFFICE).stream().map(organization::unit)
                .anyMatch(unit -> unit.parentId() == null);
        if (!provincial) {
            throw new org.springframework.security.access.AccessDeniedException("catalog");
        }
    }

    private static void check(boolean verified, long version, long expectedVersion, String value, String source,
            String reason) {
        if (verified) {
            throw new BusinessRuleException("error.catalog.verified", "value");
        }
        if (version != expectedVersion) {
            throw new BusinessRuleException("error.catalog.stale", "version", expectedVersion, version);
        }
        if (value == null || value.isBlank() || value.length() > 1000) {
            throw new BusinessRuleException("error.catalog.value", "value");
        }
        if (source == null || source.isBlank() || source.length() > 500) {
            throw new BusinessRuleException("error.catalog.source", "legalSource");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.catalog.reason", "reason");
        }
    }

    private static BigDecimal number(String text, String field) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("error.catalog.number", field, text);
        }
    }
}
