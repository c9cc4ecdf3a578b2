package vn.thidua.decision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.decision.DecisionDrafts;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.decision.DraftView;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.NotFoundException;

/**
 * Drafts a decision per award from each closed council session, or from an appraisal for awards decided without a
 * council ballot (in the caller's transaction, so a result never lacks its draft), and issues it when the signing
 * leader of the issuer approves. Awards no unit of the province grants (Bằng khen Thủ tướng, Huân chương) are
 * proposed upwards on paper and get no draft.
 */
@Service
@Transactional(readOnly = true)
class DraftService implements DecisionDrafts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Drafts drafts;
    private final Decisions decisions;
    private final ListDecisionWriter writer;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final AccessControl access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftService(Drafts drafts, Decisions decisions, ListDecisionWriter writer,
            OrganizationDirectory organization, AwardCatalog catalog, AccessControl access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.decisions = decisions;
        this.writer = writer;
        this.organization = organization;
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void draftFromCouncil(CouncilResult result) {
        UnitInfo council = organization.unit(result.councilUnitId());
        Map<String, List<Awardee>> byAward = result.selected().stream()
                .collect(Collectors.groupingBy(Awardee::awardCode, LinkedHashMap::new, Collectors.toList()));
        byAward.forEach((code, selected) -> catalog.awardType(code).flatMap(award -> issuer(council, award))
                .ifPresent(issuer -> {
                    DecisionDraft draft = drafts.save(DecisionDraft.ofCouncil(result.sessionId(), result.heldOn(),
                            issuer.id(), code, lines(selected), clock.instant()));
                    audit.record("decision.draft", "DecisionDraft", draft.id(), null,
                            List.of(result.sessionId(), code, selected.size()), null);
                }));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> draftFromAppraisal(long appraisingUnitId, LocalDate appraisedOn, String awardCode,
            List<Awardee> awardees) {
        UnitInfo appraiser = organization.unit(appraisingUnitId);
        return catalog.awardType(awardCode).flatMap(award -> issuer(appraiser, award)).map(issuer -> {
            DecisionDraft draft = drafts.save(DecisionDraft.ofAppraisal(appraisingUnitId, appraisedOn, issuer.id(),
                    awardCode, lines(awardees), clock.instant()));
            audit.record("decision.draft", "DecisionDraft", draft.id(), null,
                    List.of(appraiser.code(), awardCode, awardees.size()), null);
            return draft.id();
        });
    }

    private static List<DecisionDraft.Line> lines(List<Awardee> awardees) {
        List<DecisionDraft.Line> lines = new ArrayList<>();
        for (Awardee a : awardees) {
            lines.add(new DecisionDraft.Line(lines.size() + 1, a.type(), a.subjectId(), a.name(), a.unitId(),
                    a.votes(), a.dossierId(), a.dossierNomineeId(), a.letterNumber(), a.achievement(),
                    a.campaignCode()));
        }
        return lines;
    }

    @Override
    public List<DraftView> drafts() {
        List<DecisionDraft> visible = access.isUnrestricted() ? drafts.findAll()
                : drafts.issuedBy(organization.subtree(access.scopeRoots(Role.SIGNING_LEADER, Role.TDKT_OFFICE,
                        Role.COUNCIL_SECRETARY)));
        return visible.stream().map(this::view).toList();
    }

    @Override
    public DraftView draft(long draftId) {
        DecisionDraft draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("DecisionDraft",
                draftId));
        access.require(draft.issuerUnitId(), Role.SIGNING_LEADER, Role.TDKT_OFFICE, Role.COUNCIL_SECRETARY);
        return view(draft);
    }

    @Override
    @Transactional
    public DecisionInfo approve(long draftId, long expectedVersion) {
        DecisionDraft draft = drafts.locked(draftId).orElseThrow(() -> new NotFoundException("DecisionDraft",
                draftId));
        access.require(draft.issuerUnitId(), Role.SIGNING_LEADER);
        draft.expectVersion(expectedVersion);
        ListDecisionWriter.Written written = writer.write(draft, DAY.format(draft.proposedOn()));
        Decision decision = decisions.save(written.decision());
        draft.issued(decision.id());
        drafts.saveAndFlush(draft);
        UnitInfo issuer = organization.unit(draft.issuerUnitId());
        DecisionInfo info = decision.toInfo(issuer.name());
        audit.record("decision.issue", "Decision", decision.id(), null, info, "draft " + draftId);
        events.publishEvent(new DecisionIssued(info.id(), info.numberSymbol(), info.issuedOn(), issuer.id(),
                issuer.name(), draft.awardCode(), info.awardName(), info.recipients(), written.printing(),
                draft.lines().stream().map(DecisionDraft.Line::dossierId).filter(Objects::nonNull).distinct()
                        .toList()));
        return info;
    }

    /** The nearest unit at or above the proposing one whose head grants the award and that exists today. */
    private Optional<UnitInfo> issuer(UnitInfo proposer, AwardType award) {
        List<UnitInfo> path = organization.path(proposer.id());
        LocalDate today = LocalDate.now(clock);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (award.grantorLevels().contains(path.get(i).level()) && path.get(i).activeOn(today)) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }

    private DraftView view(DecisionDraft draft) {
        List<DraftView.Line> lines = writer.lines(draft);
        AwardType award = catalog.awardType(draft.awardCode()).orElseThrow();
        UnitInfo issuer = organization.unit(draft.issuerUnitId());
        String appraiser = draft.appraisingUnitId() == null ? null
                : organization.unit(draft.appraisingUnitId()).name();
        return new DraftView(draft.id(), draft.version(), draft.councilSessionId(), draft.proposedOn(), appraiser,
                issuer.id(), issuer.name(), award.code(), AwardList.awardName(award, issuer), draft.status(),
                draft.decisionId(), lines, lines.stream().mapToLong(DraftView.Line::amount).sum());
    }
}
