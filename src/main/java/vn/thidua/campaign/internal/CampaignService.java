package vn.thidua.campaign.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.CampaignManagement;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.CampaignView;
import vn.thidua.campaign.Criterion;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.eligibility.EligibilityCheck;
import vn.thidua.eligibility.ExpressionProblem;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Reads, creates and edits campaigns. Anyone signed in reads; the TĐKT office over the owner unit (the whole
 * province when none is named) creates and edits, with a reason, on the version it saw; each change is audited with
 * the definitions before and after, and the quota rows follow in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class CampaignService implements CampaignCatalog, CampaignManagement {

    private final CampaignStore store;
    private final QuotaTree quotas;
    private final DefinitionCache cache;
    private final OrganizationDirectory directory;
    private final AwardCatalog awards;
    private final EligibilityCheck eligibility;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    CampaignService(CampaignStore store, QuotaTree quotas, DefinitionCache cache, OrganizationDirectory directory,
            AwardCatalog awards, EligibilityCheck eligibility, AccessControl access, AuditLog audit, Clock clock) {
        this.store = store;
        this.quotas = quotas;
        this.cache = cache;
        this.directory = directory;
        this.awards = awards;
        this.eligibility = eligibility;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<CampaignSummary> campaigns() {
        access.currentActor();
        return store.all().stream().map(row -> CampaignStore.summary(cache.of(row), row.version())).toList();
    }

    @Override
    public Optional<CampaignSummary> publicSummary(String code) {
        return store.find(code).map(row -> CampaignStore.summary(cache.of(row), row.version()));
    }

    @Override
    public CampaignView campaign(String code) {
        access.currentActor();
        StoredCampaign row = store.find(code).orElseThrow(() -> new NotFoundException("campaign", code));
        return new CampaignView(row.id(), row.code(), row.version(), row.origin(), row.editedInUi(),
                row.updatedAt(), row.updatedBy(), cache.of(row));
    }

    @Override
    public String definitionJson(String code) {
        return DefinitionJson.write(campaign(code).definition());
    }

    @Override
    @Transactional
    public String create(String definitionJson, String reason) {
        String why = reason(reason);
        CampaignDefinition definition = checked(definitionJson);
        Long owner = requireOffice(definition);
        if (store.find(definition.code()).isPresent()) {
            throw new BusinessRuleException("campaign.error.exists", "code", definition.code());
        }
        long id = store.insert(definition, DefinitionJson.write(definition), "OFFICE", null, null, owner,
                access.currentActor().username(), clock.instant());
        quotas.sync(id, definition);
        audit.record("campaign.create", "Campaign", definition.code(), null, definition, why);
        return definition.code();
    }

    @Override
    @Transactional
    public CampaignView update(String code, long expectedVersion, String definitionJson, String reason) {
        String why = reason(reason);
        StoredCampaign row = store.lock(code).orElseThrow(() -> new NotFoundException("campaign", code));
        CampaignDefinition before = cache.of(row);
        requireOffice(before);
        CampaignDefinition definition = checked(definitionJson);
        if (!definition.code().equals(code)) {
            throw new BusinessRuleException("campaign.error.codeChanged", "code", code);
        }
        Long owner = requireOffice(definition);
        if (row.version() != expectedVersion) {
            throw new BusinessRuleException("campaign.error.stale", "version", expectedVersion, row.version());
        }
        if (!store.update(row.id(), expectedVersion, definition, DefinitionJson.write(definition),
                row.sourceChecksum(), true, owner, access.currentActor().username(), clock.instant())) {
            throw new BusinessRuleException("campaign.error.stale", "version", expectedVersion, row.version());
        }
        quotas.sync(row.id(), definition);
        audit.record("campaign.update", "Campaign", code, before, definition, why);
        return campaign(code);
    }

    /** Parses and checks the whole definition; the first problem is the refusal, naming its field. */
    CampaignDefinition checked(String json) {
        CampaignDefinition definition = DefinitionJson.read(json);
        List<DefinitionProblem> problems = DefinitionValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw problems.get(0).refusal();
        }
        for (int i = 0; i < definition.criteria().size(); i++) {
            Criterion criterion = definition.criteria().get(i);
            if (criterion.rule() == null) {
                continue;
            }
            List<ExpressionProblem> ruleProblems = eligibility.checkCriterionExpression(criterion.rule());
            if (!ruleProblems.isEmpty()) {
                ExpressionProblem first = ruleProblems.get(0);
                throw new BusinessRuleException("campaign.error.rule", "criteria[" + i + "].rule", first.line(),
                        first.column(), first.message());
            }
        }
        for (int i = 0; i < definition.awards().size(); i++) {
            String award = definition.awards().get(i).awardCode();
            if (award != null && awards.awardType(award).isEmpty()) {
                throw new BusinessRuleException("campaign.error.unknownAward", "awards[" + i + "].awardCode", award);
            }
        }
        return definition;
    }

    /** The TĐKT office over the owner unit, or over a whole province when the campaign names no owner. */
    private Long requireOffice(CampaignDefinition definition) {
        Long owner = null;
        if (definition.ownerUnitCode() != null) {
            owner = directory.unitByCode(definition.ownerUnitCode()).map(UnitInfo::id).orElseThrow(
                    () -> new BusinessRuleException("campaign.error.unknownUnit", "ownerUnitCode",
                            definition.ownerUnitCode()));
        }
        if (access.isUnrestricted()) {
            return owner;
        }
        if (owner != null) {
            access.require(owner, Role.TDKT_OFFICE);
        } else if (directory.roots().stream().noneMatch(root -> access.can(root.id(), Role.TDKT_OFFICE))) {
            throw new AccessDeniedException("a campaign without owner needs the province-wide TDKT office");
        }
        return owner;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("campaign.error.reasonRequired", "reason");
        }
        return reason.strip();
    }
}
