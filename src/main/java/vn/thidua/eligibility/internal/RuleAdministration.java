package vn.thidua.eligibility.internal;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditLog;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.ManualFact;
import vn.thidua.eligibility.RuleSetView;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Changes to the rules and the facts entered by hand: criteria only by the provincial TĐKT office, checked before
 * they are stored; manual values by the unit's officer or the office. Called inside the service's transaction.
 */
@Component
class RuleAdministration {

    private final RuleSets ruleSets;
    private final ManualFacts manualFacts;
    private final CriteriaCompiler compiler;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    RuleAdministration(RuleSets ruleSets, ManualFacts manualFacts, CriteriaCompiler compiler,
            OrganizationDirectory organization, AccessControl access, AuditLog audit, Clock clock) {
        this.ruleSets = ruleSets;
        this.manualFacts = manualFacts;
        this.compiler = compiler;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    RuleSetView.CriterionView saveCriterion(long criterionId, long expectedVersion, CriterionDefinition change,
            String reason) {
        requireProvincialOffice();
        RuleSetView.CriterionView before = ruleSets.criterion(criterionId)
                .orElseThrow(() -> new NotFoundException("Criterion", criterionId));
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.eligibility.reason", "reason");
        }
        if (change.name() == null || change.name().isBlank() || change.name().length() > 500) {
            throw new BusinessRuleException("error.eligibility.name", "name");
        }
        if (change.legalBasis() == null || change.legalBasis().isBlank() || change.legalBasis().length() > 1000) {
            throw new BusinessRuleException("error.eligibility.legalBasis", "legalBasis");
        }
        if (change.route().length() > 20) {
            throw new BusinessRuleException("error.eligibility.route", "route");
        }
        compiler.refuseInvalid(change.expression());
        int changed = ruleSets.updateCriterion(criterionId, expectedVersion, change.name().strip(), change.route(),
                change.expression().strip(), change.legalBasis().strip());
        if (changed == 0) {
            throw new BusinessRuleException("error.eligibility.stale", "version", expectedVersion, before.version());
        }
        RuleSetView.CriterionView after = ruleSets.criterion(criterionId).orElseThrow();
        audit.record("eligibility.criterion.save", "Criterion", criterionId, before, after, reason);
        return after;
    }

    long enterManualFact(ManualFact fact, String reason) {
        organization.unit(fact.unitId());
        if (!access.isUnrestricted()) {
            access.require(fact.unitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        }
        if (fact.kind() == null) {
            throw new BusinessRuleException("error.eligibility.manual", "kind");
        }
        if (fact.code() == null || !fact.code().matches("[A-Z][A-Z0-9_]{0,59}")) {
            throw new BusinessRuleException("error.eligibility.manualCode", "code", String.valueOf(fact.code()));
        }
        if (fact.periodFrom() == null || fact.periodTo() == null || fact.periodTo().isBefore(fact.periodFrom())) {
            throw new BusinessRuleException("error.eligibility.period", "periodTo");
        }
        if (fact.value() == null || fact.value().abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0
                || fact.kind() == ManualFact.Kind.RANK && (fact.value().signum() <= 0
                        || fact.value().stripTrailingZeros().scale() > 0)) {
            throw new BusinessRuleException("error.eligibility.manualValue", "value", String.valueOf(fact.value()));
        }
        if (fact.source() == null || fact.source().isBlank() || fact.source().length() > 500) {
            throw new BusinessRuleException("error.eligibility.source", "source");
        }
        long id = manualFacts.insert(fact, access.currentActor().username(), clock.instant());
        audit.record("eligibility.manual.enter", "ManualFact", id, null, fact, reason);
        return id;
    }

    private void requireProvincialOffice() {
        if (access.isUnrestricted()) {
            return;
        }
        boolean provincial = access.scopeRoots(Role.TDKT_OFFICE).stream().map(organization::unit)
                .anyMatch(unit -> unit.parentId() == null);
        if (!provincial) {
            throw new AccessDeniedException("eligibility rules");
        }
    }
}
