package vn.thidua.nomination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.SubjectType;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.decision.DecisionManagement;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Actor;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.nomination.ProposalManagement;
import vn.thidua.nomination.ProposalStatus;
import vn.thidua.nomination.ProposalView;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Runs proposals: unit officers draft and submit within their subtree; the grantor's signing leader approves
 * (which issues the decision in the same transaction) or returns. Every move is audited.
 */
@Service
@Transactional(readOnly = true)
class ProposalService implements ProposalManagement {

    private final Proposals proposals;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final DecisionManagement decisions;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    ProposalService(Proposals proposals, OrganizationDirectory organization, AwardCatalog catalog,
            DecisionManagement decisions, AccessControl access, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.organization = organization;
        this.catalog = catalog;
        this.decisions = decisions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long draft(NewProposal request) {
        PersonInfo person = organization.person(request.personId());
        RoleGrant officer = access.grantsCovering(person.unitId(), Role.UNIT_OFFICER).stream()
                .max(Comparator.comparingInt(grant -> organization.path(grant.unitId()).size()))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "no unit officer grant over unit " + person.unitId()));
        AwardType award = catalog.awardType(request.awardCode())
                .orElseThrow(() -> new BusinessRuleException("error.proposal.unknownAward", "awardCode",
                        String.valueOf(request.awardCode())));
        UnitInfo grantor = grantor(person, award, LocalDate.now(clock));
        Proposal proposal = proposals.save(new Proposal(officer.unitId(), grantor.id(), person.id(), award.code(),
                request.summary(), actorName(), clock.instant()));
        audit.record("proposal.draft", "Proposal", proposal.id(), null, view(proposal), null);
        return proposal.id();
    }

    @Override
    @Transactional
    public void edit(long proposalId, long expectedVersion, String summary) {
        Proposal proposal = asUnitOfficer(proposalId, expectedVersion);
        ProposalView before = view(proposal);
        proposal.edit(summary);
        audit.record("proposal.edit", "Proposal", proposalId, before, view(proposals.saveAndFlush(proposal)), null);
    }

    @Override
    @Transactional
    public void submit(long proposalId, long expectedVersion) {
        Proposal proposal = asUnitOfficer(proposalId, expectedVersion);
        ProposalStatus before = proposal.status();
        proposal.submit(actorName(), clock.instant());
        proposals.saveAndFlush(proposal);
        audit.record("proposal.submit", "Proposal", proposalId, before, proposal.status(), null);
    }

    @Override
    @Transactional
    public void approve(long proposalId, long expectedVersion) {
        Proposal proposal = load(proposalId);
        RoleGrant signer = signingGrant(proposal);
        proposal.expectVersion(expectedVersion);
        proposal.approve(actorName(), clock.instant());
        Actor actor = access.currentActor();
        List<String> authority = signer.signingAuthority() == null ? List.of()
                : List.of(signer.signingAuthority().split("\\s*/\\s*"));
        String title = signer.signingTitle() == null ? organization.unit(proposal.grantorUnitId()).headTitle()
                : signer.signingTitle();
        DecisionInfo decision = decisions.issueAward(new DecisionManagement.AwardDecisionRequest(
                proposal.grantorUnitId(), proposal.proposingUnitId(), proposal.awardCode(), proposal.personId(),
                proposal.summary(), new DecisionManagement.Signer(actor.displayName(), title, authority)));
        proposal.decided(decision.id(), actorName(), clock.instant());
        proposals.saveAndFlush(proposal);
        audit.record("proposal.approve", "Proposal", proposalId, ProposalStatus.SUBMITTED, proposal.status(),
                decision.numberSymbol());
    }

    @Override
    @Transactional
    public void returnToUnit(long proposalId, long expectedVersion, String reason) {
        Proposal proposal = load(proposalId);
        signingGrant(proposal);
        proposal.expectVersion(expectedVersion);
        ProposalStatus before = proposal.status();
        proposal.returnToUnit(actorName(), clock.instant(), reason);
        proposals.saveAndFlush(proposal);
        audit.record("proposal.return", "Proposal", proposalId, before, proposal.status(), reason);
    }

    @Override
    public ProposalView proposal(long proposalId) {
        Proposal proposal = load(proposalId);
        if (!access.isUnrestricted() && !access.can(proposal.proposingUnitId(), Role.values())
                && !(proposal.status() != ProposalStatus.DRAFT
                        && access.can(proposal.grantorUnitId(), Role.SIGNING_LEADER, Role.TDKT_OFFICE))) {
            throw new org.springframework.security.access.AccessDeniedException("proposal " + proposalId);
        }
        return view(proposal);
    }

    @Override
    public Page<ProposalView> visibleProposals(ProposalStatus status, Pageable pageable) {
        Set<Long> units = organization.subtree(access.scopeRoots(Role.values()));
        Set<Long> grantors = organization.subtree(access.scopeRoots(Role.SIGNING_LEADER, Role.TDKT_OFFICE));
        if (units.isEmpty() && grantors.isEmpty()) {
            return Page.empty(pageable);
        }
        return proposals.visible(units.isEmpty() ? Set.of(-1L) : units, grantors.isEmpty() ? Set.of(-1L) : grantors,
                status, pageable).map(this::view);
    }

    /** The nearest unit above the person whose head grants this award today (a Sở, a xã). */
    @Override
    public List<AwardType> awardsFor(long personId) {
        PersonInfo person = organization.person(personId);
        List<UnitInfo> path = organization.path(person.unitId());
        LocalDate today = LocalDate.now(clock);
        return catalog.awardTypes().stream()
                .filter(award -> grantorDepth(path, award, today) >= 0 && forIndividuals(award, today))
                .sorted(Comparator.comparingInt((AwardType award) -> -grantorDepth(path, award, today)))
                .toList();
    }

    private UnitInfo grantor(PersonInfo person, AwardType award, LocalDate today) {
        List<UnitInfo> path = organization.path(person.unitId());
        int depth = grantorDepth(path, award, today);
        if (depth < 0) {
            throw new BusinessRuleException("error.proposal.noGrantor", "awardCode", award.name());
        }
        return path.get(depth);
    }

    private boolean forIndividuals(AwardType award, LocalDate today) {
        return catalog.fact(award.code(), AwardFact.Attribute.SUBJECTS, "", today)
                .map(subjects -> List.of(subjects.value().split(",")).contains(SubjectType.INDIVIDUAL.name()))
                .orElse(false);
    }

    /** Index on the path (root first) of the nearest unit that may grant the award today, or −1. */
    private static int grantorDepth(List<UnitInfo> path, AwardType award, LocalDate today) {
        for (int i = path.size() - 1; i >= 0; i--) {
            UnitInfo unit = path.get(i);
            if (award.grantorLevels().contains(unit.level()) && unit.activeOn(today)) {
                return i;
            }
        }
        return -1;
    }

    private Proposal asUnitOfficer(long proposalId, long expectedVersion) {
        Proposal proposal = load(proposalId);
        access.require(proposal.proposingUnitId(), Role.UNIT_OFFICER);
        proposal.expectVersion(expectedVersion);
        return proposal;
    }

    private RoleGrant signingGrant(Proposal proposal) {
        return access.grantsCovering(proposal.grantorUnitId(), Role.SIGNING_LEADER).stream()
                .filter(grant -> grant.unitId() == proposal.grantorUnitId())
                .findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "not a signing leader of unit " + proposal.grantorUnitId()));
    }

    private Proposal load(long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("proposal", proposalId));
    }

    private String actorName() {
        return access.currentActor().username();
    }

    private ProposalView view(Proposal proposal) {
        UnitInfo proposing = organization.unit(proposal.proposingUnitId());
        UnitInfo grantor = organization.unit(proposal.grantorUnitId());
        String personName = organization.person(proposal.personId()).fullName();
        String awardName = catalog.awardType(proposal.awardCode()).map(AwardType::name).orElse(proposal.awardCode());
        String decisionNumber = proposal.decisionId() == null ? null
                : decisions.decision(proposal.decisionId()).numberSymbol();
        return new ProposalView(proposal.id(), proposal.version(), proposal.status(), proposal.awardCode(), awardName,
                proposing.id(), proposing.name(), grantor.id(), grantor.name(), proposal.personId(), personName,
                proposal.summary(), proposal.decisionId(), decisionNumber, proposal.createdAt(),
                proposal.transitions().stream().map(ProposalTransition::toView).toList());
    }
}
