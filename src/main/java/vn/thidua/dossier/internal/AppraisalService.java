package vn.thidua.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.SubjectType;
import vn.thidua.decision.DecisionDrafts;
import vn.thidua.dossier.DossierAppraisal;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.dossier.ListedNominee;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * The receiving level's work on dossiers, under the dossier's row lock so that a return and an appraisal acting on
 * the same version leave one outcome.
 */
@Service
@Transactional(readOnly = true)
class AppraisalService implements DossierAppraisal {

    private final Dossiers store;
    private final DossierManagement dossiers;
    private final AccessControl access;
    private final AuditLog audit;
    private final CampaignTerms campaignTerms;
    private final AwardCatalog catalog;
    private final DecisionDrafts decisions;
    private final Clock clock;

    AppraisalService(Dossiers store, DossierManagement dossiers, CampaignTerms campaignTerms, AccessControl access,
            AuditLog audit, AwardCatalog catalog, DecisionDrafts decisions, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.decisions = decisions;
        this.dossiers = dossiers;
        this.campaignTerms = campaignTerms;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void receive(long dossierId, long expectedVersion) {
        Dossier dossier = asReceiver(dossierId, expectedVersion);
        DossierStatus before = dossier.status();
        dossier.receive(actor(), clock.instant());
        store.saveAndFlush(dossier);
        audit.record("dossier.receive", "Dossier", dossierId, before, dossier.status(), null);
    }

    @Override
    @Transactional
    public void returnForSupplement(long dossierId, long expectedVersion, String reason) {
        Dossier dossier = asReceiver(dossierId, expectedVersion);
        DossierStatus before = dossier.status();
        dossier.returnForSupplement(actor(), clock.instant(), reason);
        store.saveAndFlush(dossier);
        audit.record("dossier.return", "Dossier", dossierId, before, dossier.status(), reason);
    }

    @Override
    @Transactional
    public void appraise(long dossierId, long expectedVersion, long nomineeId, boolean eligible, String note) {
        Dossier dossier = asReceiver(dossierId, expectedVersion);
        dossier.appraise(nomineeId, eligible, note);
        // an ineligible nominee gives its quota place back; found eligible again, it takes one
        if (eligible) {
            campaignTerms.reservePlaces(dossier);
        } else {
            dossier.nominees().stream().filter(n -> n.id().equals(nomineeId)).findFirst()
                    .ifPresent(n -> campaignTerms.releasePlace(n, "dossier " + dossierId
                            + (note == null ? "" : ": " + note)));
        }
        store.saveAndFlush(dossier);
        audit.record("dossier.appraise", "Dossier", dossierId, nomineeId, eligible, note);
    }

    @Override
    @Transactional
    public void completeAppraisal(long dossierId, long expectedVersion) {
        Dossier dossier = asReceiver(dossierId, expectedVersion);
        dossier.completeAppraisal(actor(), clock.instant());
        store.saveAndFlush(dossier);
        audit.record("dossier.appraised", "Dossier", dossierId, DossierStatus.RECEIVED, dossier.status(), null);
    }

    @Override
    @Transactional
    public List<ListedNominee> consolidate(long receivingUnitId) {
        access.require(receivingUnitId, Role.TDKT_OFFICE, Role.COUNCIL_SECRETARY);
        List<ListedNominee> listed = new ArrayList<>();
        for (Dossier dossier : store.lockedAt(receivingUnitId, DossierStatus.APPRAISED)) {
            Map<Boolean, List<DossierNominee>> byBallot = eligibleByBallot(dossier);
            byBallot.get(true).forEach(n -> listed.add(listedNominee(dossier, n)));
            if (!byBallot.get(false).isEmpty()) {
                // households are commended without a ballot: they go straight to the leader, or upwards on paper
                draftWithoutCouncil(dossier, byBallot.get(false));
            }
            dossier.listed(actor(), clock.instant());
            store.saveAndFlush(dossier);
            audit.record("dossier.listed", "Dossier", dossier.id(), DossierStatus.APPRAISED, dossier.status(), null);
        }
        return listed;
    }

    @Override
    @Transactional
    public long proposeDecision(long dossierId, long expectedVersion) {
        Dossier dossier = asReceiver(dossierId, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        List<DossierNominee> eligible = eligible(dossier);
        eligible.stream().filter(n -> needsCouncil(dossier, n, today)).findFirst().ifPresent(n -> {
            throw new BusinessRuleException("error.dossier.needsCouncil", "awardCode", n.name());
        });
        if (eligible.isEmpty()) {
            throw new BusinessRuleException("error.dossier.nothingToDecide", "nominees", dossierId);
        }
        dossier.listed(actor(), clock.instant());
        long draftId = draftWithoutCouncil(dossier, eligible).orElseThrow(() -> new BusinessRuleException(
                "error.dossier.noIssuer", "awardCode", catalog.awardType(dossier.awardCode())
                        .map(AwardType::nameWithGrantor).orElse(dossier.awardCode())));
        store.saveAndFlush(dossier);
        audit.record("dossier.proposeDecision", "Dossier", dossierId, DossierStatus.APPRAISED, dossier.status(),
                "draft " + draftId);
        return draftId;
    }

    private static List<DossierNominee> eligible(Dossier dossier) {
        return dossier.nominees().stream().filter(n -> "ELIGIBLE".equals(n.appraisal())).toList();
    }

    /** The eligible nominees, split into people and units a council votes on (true) and households (false). */
    private static Map<Boolean, List<DossierNominee>> eligibleByBallot(Dossier dossier) {
        return eligible(dossier).stream()
                .collect(Collectors.partitioningBy(n -> n.type() != SubjectType.HOUSEHOLD));
    }

    /**
     * Whether the law requires the council's vote: the catalogue's COUNCIL_REVIEW for the award and the nominee's
     * subject type on the day, and the council votes where it says nothing. Families are commended without a ballot
     * (seed 000, «khen thưởng cho gia đình»). Where no vote is required the council may still be asked.
     */
    private boolean needsCouncil(Dossier dossier, DossierNominee nominee, LocalDate on) {
        return nominee.type() != SubjectType.HOUSEHOLD && catalog.fact(dossier.awardCode(),
                AwardFact.Attribute.COUNCIL_REVIEW, nominee.type().name(), on)
                .map(fact -> !"false".equals(fact.value())).orElse(true);
    }

    private Optional<Long> draftWithoutCouncil(Dossier dossier, List<DossierNominee> nominees) {
        List<DecisionDrafts.Awardee> awardees = nominees.stream().map(n -> new DecisionDrafts.Awardee(n.type(),
                n.subjectId(), n.name(), n.unitId() == null ? dossier.proposingUnitId() : n.unitId(),
                dossier.awardCode(), 0, dossier.id(), n.id(), dossier.letterNumber(), n.achievement(),
                dossier.campaignCode())).toList();
        return decisions.draftFromAppraisal(dossier.receivingUnitId(), LocalDate.now(clock), dossier.awardCode(),
                awardees);
    }

    @Override
    public ListedNominee listed(long dossierId, long nomineeId) {
        dossiers.dossier(dossierId);
        Dossier dossier = store.findById(dossierId).orElseThrow(() -> new NotFoundException("Dossier", dossierId));
        return dossier.nominees().stream().filter(n -> n.id() == nomineeId).findFirst()
                .map(n -> listedNominee(dossier, n))
                .orElseThrow(() -> new NotFoundException("DossierNominee", nomineeId));
    }

    private static ListedNominee listedNominee(Dossier dossier, DossierNominee nominee) {
        return new ListedNominee(dossier.id(), nominee.id(), nominee.type(), nominee.subjectId(), nominee.name(),
                nominee.unitId(), dossier.awardCode(), nominee.achievement(), dossier.letterNumber(),
                dossier.proposingUnitId(), dossier.campaignCode());
    }

    private Dossier asReceiver(long dossierId, long expectedVersion) {
        Dossier dossier = store.locked(dossierId).orElseThrow(() -> new NotFoundException("Dossier", dossierId));
        dossier.expectVersion(expectedVersion);
        access.require(dossier.receivingUnitId(), Role.TDKT_OFFICE, Role.UNIT_OFFICER);
        return dossier;
    }


    private String actor() {
        return access.currentActor().username();
    }
}
