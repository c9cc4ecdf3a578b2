package vn.thidua.campaign.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.audit.AuditLog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.CampaignQuotas;
import vn.thidua.campaign.Designation;
import vn.thidua.campaign.QuotaReservation;
import vn.thidua.campaign.QuotaRule;
import vn.thidua.campaign.QuotaUsage;
import vn.thidua.campaign.Stage;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Reserves and releases quota places. The unit officer or TĐKT office over the nominee's unit reserves; counters are
 * made sure of first (each in its own short transaction), then one transaction locks them in ascending id order,
 * checks every cap, takes the places, records the reservation and audits it.
 */
@Service
class QuotaService implements CampaignQuotas {

    private final CampaignStore store;
    private final DefinitionCache cache;
    private final QuotaTree tree;
    private final QuotaLedger ledger;
    private final QuotaReads reads;
    private final OrganizationDirectory directory;
    private final AccessControl access;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QuotaService(CampaignStore store, DefinitionCache cache, QuotaTree tree, QuotaLedger ledger, QuotaReads reads,
            OrganizationDirectory directory, AccessControl access, AuditLog audit, TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.cache = cache;
        this.tree = tree;
        this.ledger = ledger;
        this.reads = reads;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public QuotaReservation reserve(ReservationRequest request) {
        if (request.subjectType() == null) {
            throw new BusinessRuleException("campaign.error.required", "subjectType", "subjectType");
        }
        access.require(request.unitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        StoredCampaign campaign = campaign(request.campaignCode());
        CampaignDefinition definition = cache.of(campaign);
        Stage stage = stage(definition, request.stageCode(), request.year());
        List<QuotaScope.Applicable> applicable = QuotaScope.resolve(definition, stage.code(),
                directory.path(request.unitId()), request.subjectType(), request.category(),
                designated(definition));
        boolean stageHasQuotas = definition.quotas().stream()
                .anyMatch(rule -> rule.stages().contains(stage.code()));
        if (applicable.isEmpty() && stageHasQuotas) {
            throw new BusinessRuleException("campaign.quota.noneApplies", "unitId", request.unitId(), stage.code());
        }
        Map<String, Long> quotaIds = tree.ids(campaign.id());
        List<Place> places = new ArrayList<>();
        for (QuotaScope.Applicable a : applicable) {
            long counter = ledger.ensure(new QuotaLedger.CounterKey(quotaIds.get(a.rule().code()), stage.code(),
                    request.year(), a.scopeUnitId()));
            places.add(new Place(counter, a));
        }
        places.sort(Comparator.comparingLong(Place::counterId));
        long id = transaction.execute(status -> {
            for (Place place : places) {
                QuotaLedger.Counter counter = ledger.lock(place.counterId());
                QuotaRule rule = place.applicable().rule();
                boolean hasBelow = rule.minimumFromSubordinate() != null
                        && !directory.children(place.applicable().scopeUnitId()).isEmpty();
                if (!QuotaMath.admits(counter.cap(), counter.used(), counter.usedBelow(),
                        place.applicable().below(), rule.minimumFromSubordinate(), hasBelow)) {
                    throw new BusinessRuleException(counter.used() < counter.cap() ? "campaign.quota.keptForBelow"
                            : "campaign.quota.full", "quota", rule.code(), counter.cap(), counter.used());
                }
            }
            String actor = access.currentActor().username();
            long reservation = ledger.insertReservation(campaign.id(), stage.code(), request.year(),
                    request.unitId(), request.subjectType().name(), request.awardCode(), request.category(),
                    request.nomineeRef(), actor, clock.instant());
            for (Place place : places) {
                ledger.take(place.counterId(), place.applicable().below());
                ledger.link(reservation, place.counterId(), place.applicable().below());
            }
            audit.record("quota.reserve", "QuotaReservation", reservation, null, request, null);
            return reservation;
        });
        return reads.reservation(id).orElseThrow();
    }

    @Override
    public QuotaReservation release(long reservationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("campaign.error.reasonRequired", "reason");
        }
        QuotaReservation held = reads.reservation(reservationId)
                .orElseThrow(() -> new NotFoundException("reservation", reservationId));
        access.require(held.unitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        transaction.executeWithoutResult(status -> {
            String current = ledger.lockReservation(reservationId).orElseThrow();
            if (!"HELD".equals(current)) {
                throw new BusinessRuleException("campaign.quota.alreadyReleased", "id", reservationId);
            }
            for (QuotaLedger.Held place : ledger.held(reservationId)) {
                ledger.lock(place.counterId());
                ledger.give(place.counterId(), place.below());
            }
            ledger.markReleased(reservationId, access.currentActor().username(), clock.instant());
            audit.record("quota.release", "QuotaReservation", reservationId, "HELD", "RELEASED", reason.strip());
        });
        return reads.reservation(reservationId).orElseThrow();
    }

    @Override
    public QuotaReservation reservation(long reservationId) {
        QuotaReservation reservation = reads.reservation(reservationId)
                .orElseThrow(() -> new NotFoundException("reservation", reservationId));
        if (!access.isUnrestricted() && !access.can(reservation.unitId(), Role.values())) {
            throw new AccessDeniedException("reservation " + reservationId);
        }
        return reservation;
    }

    @Override
    public List<QuotaUsage> usage(String campaignCode, String stageCode, int year) {
        access.currentActor();
        StoredCampaign campaign = campaign(campaignCode);
        CampaignDefinition definition = cache.of(campaign);
        stage(definition, stageCode, year);
        return reads.usage(campaign.id(), definition, stageCode, year);
    }

    @Override
    public QuotaUsage declareBase(String campaignCode, String quotaCode, String stageCode, int year, long unitId,
            int base, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("campaign.error.reasonRequired", "reason");
        }
        if (base < 0) {
            throw new BusinessRuleException("campaign.error.notNegative", "base", "base");
        }
        access.require(unitId, Role.TDKT_OFFICE);
        StoredCampaign campaign = campaign(campaignCode);
        CampaignDefinition definition = cache.of(campaign);
        stage(definition, stageCode, year);
        QuotaRule rule = definition.quota(quotaCode).filter(QuotaRule::percentCap)
                .orElseThrow(() -> new BusinessRuleException("campaign.quota.notPercent", "quota", quotaCode));
        long scope = QuotaScope.resolve(definition, stageCode, directory.path(unitId), rule.subjectType(),
                rule.category(), designated(definition)).stream().filter(a -> a.rule().code().equals(quotaCode))
                .map(QuotaScope.Applicable::scopeUnitId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("campaign.quota.noneApplies", "unitId", unitId,
                        stageCode));
        long counterId = ledger.ensure(new QuotaLedger.CounterKey(tree.ids(campaign.id()).get(quotaCode),
                stageCode, year, scope));
        transaction.executeWithoutResult(status -> {
            QuotaLedger.Counter counter = ledger.lock(counterId);
            int cap = QuotaMath.floorPercent(base, rule.percent());
            if (counter.used() > cap) {
                throw new BusinessRuleException("campaign.error.capBelowUsage", "base", quotaCode, counter.used(),
                        cap);
            }
            ledger.setCap(counterId, cap, base);
            audit.record("quota.base", "QuotaCounter", counterId, counter.base(), base, reason.strip());
        });
        return reads.usage(campaign.id(), definition, stageCode, year).stream()
                .filter(u -> u.quotaCode().equals(quotaCode) && u.scopeUnitId() != null
                        && u.scopeUnitId() == (scope == QuotaScope.SHARED ? 0L : scope))
                .findFirst().orElseThrow();
    }

    private record Place(long counterId, QuotaScope.Applicable applicable) {
    }

    private StoredCampaign campaign(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("campaign", code));
    }

    private static Stage stage(CampaignDefinition definition, String stageCode, int year) {
        Stage stage = definition.stage(stageCode)
                .orElseThrow(() -> new BusinessRuleException("campaign.quota.unknownStage", "stageCode", stageCode));
        if (!stage.years().contains(year)) {
            throw new BusinessRuleException("campaign.quota.yearOutsideStage", "year", year, stageCode,
                    stage.years());
        }
        return stage;
    }

    /** Bound designations: designation code → unit id (codes that match no unit are left out). */
    private Map<String, Long> designated(CampaignDefinition definition) {
        Map<String, Long> bound = new HashMap<>();
        for (Designation designation : definition.designations()) {
            if (designation.unitCode() != null) {
                directory.unitByCode(designation.unitCode()).map(UnitInfo::id)
                        .ifPresent(id -> bound.put(designation.code(), id));
            }
        }
        return bound;
    }
}
