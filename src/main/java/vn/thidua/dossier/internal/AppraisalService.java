package vn.thidua.dossier.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.dossier.DossierAppraisal;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.dossier.ListedNominee;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
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
    private final Clock clock;

    AppraisalService(Dossiers store, DossierManagement dossiers, CampaignTerms campaignTerms, AccessControl access,
            AuditLog audit, Clock clock) {
        this.store = store;
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
            dossier.nominees().stream().filter(n -> "ELIGIBLE".equals(n.appraisal()) && n.subjectId() != null)
                    .forEach(n -> listed.add(listedNominee(dossier, n)));
            dossier.listed(actor(), clock.instant());
            store.saveAndFlush(dossier);
            audit.record("dossier.listed", "Dossier", dossier.id(), DossierStatus.APPRAISED, dossier.status(), null);
        }
        return listed;
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
