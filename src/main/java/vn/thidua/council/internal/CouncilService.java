package vn.thidua.council.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.SubjectType;
import vn.thidua.council.Attendance;
import vn.thidua.council.CouncilRules;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.NomineeKind;
import vn.thidua.council.PublishedBallot;
import vn.thidua.council.SessionStatus;
import vn.thidua.council.SessionView;
import vn.thidua.council.Vote;
import vn.thidua.decision.DecisionDrafts;
import vn.thidua.document.DocumentRenderer;
import vn.thidua.dossier.DossierAppraisal;
import vn.thidua.dossier.ListedNominee;
import vn.thidua.document.OfficialDocument;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Runs council sessions at the service boundary: the secretary or TĐKT office of the council's unit prepares and
 * closes; members vote; the chair breaks ties. Every change is audited; a ballot's audit entry says who voted,
 * never how.
 */
@Service
@Transactional(readOnly = true)
class CouncilService implements CouncilSessions {

    private static final Role[] ORGANISERS = {Role.COUNCIL_SECRETARY, Role.TDKT_OFFICE};
    private static final Role[] READERS = {Role.COUNCIL_SECRETARY, Role.TDKT_OFFICE, Role.COUNCIL_MEMBER,
        Role.SIGNING_LEADER, Role.VIEWER};

    private final Sessions sessions;
    private final BallotBox box;
    private final CouncilLaw law;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final AwardCatalog catalog;
    private final DossierAppraisal dossiers;
    private final DecisionDrafts decisionDrafts;
    private final DocumentRenderer renderer;
    private final Clock clock;

    CouncilService(Sessions sessions, BallotBox box, CouncilLaw law, OrganizationDirectory organization,
            AccessControl access, AuditLog audit, AwardCatalog catalog, DossierAppraisal dossiers,
            DecisionDrafts decisionDrafts, DocumentRenderer renderer, Clock clock) {
        this.sessions = sessions;
        this.box = box;
        this.law = law;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.decisionDrafts = decisionDrafts;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long create(NewSession request) {
        access.require(request.councilUnitId(), ORGANISERS);
        if (request.heldOn() == null || request.kind() == null) {
            throw new BusinessRuleException("error.council.dateRequired", "heldOn");
        }
        List<CouncilMember> members = request.members().stream().map(member -> {
            organization.unit(member.unitId());
            return new CouncilMember(member.username(), member.fullName(), member.unitId(), member.chair());
        }).toList();
        CouncilSession session = sessions.saveAndFlush(new CouncilSession(request.councilUnitId(), request.title(),
                request.heldOn(), request.kind(), law.rules(request.councilUnitId(), request.heldOn()), members,
                access.currentActor().username(), clock.instant()));
        session.announce();
        sessions.save(session);
        audit.record("council.create", "CouncilSession", session.id(), null, view(session), null);
        return session.id();
    }

    @Override
    public SessionView session(long sessionId) {
        CouncilSession session = load(sessionId);
        access.require(session.councilUnitId(), READERS);
        return view(session);
    }

    @Override
    public List<SessionView> sessions() {
        Set<Long> units = access.isUnrestricted() ? null : organization.subtree(access.scopeRoots(READERS));
        List<CouncilSession> visible = units == null ? sessions.findAll() : sessions.within(units);
        return visible.stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public long addItem(long sessionId, long expectedVersion, NewItem request) {
        CouncilSession session = organised(sessionId, expectedVersion);
        if (catalog.awardType(request.awardCode()).isEmpty()) {
            throw new BusinessRuleException("error.council.unknownAward", "awardCode", request.awardCode());
        }
        String name;
        long unitId;
        if (request.nomineeKind() == NomineeKind.PERSON) {
            PersonInfo person = organization.person(request.nomineeId());
            name = person.fullName();
            unitId = person.unitId();
        } else {
            UnitInfo unit = organization.unit(request.nomineeId());
            name = unit.name();
            unitId = unit.id();
        }
        int position = session.addItem(request.nomineeKind(), request.nomineeId(), name, unitId,
                request.awardCode(), law.threshold(request.awardCode(), law.rules(session.councilUnitId(),
                        session.heldOn()), session.heldOn())).position();
        // merging cascades a copy of the new item: read its id back from the saved session
        long itemId = sessions.saveAndFlush(session).items().get(position - 1).id();
        audit.record("council.addItem", "CouncilItem", itemId, null, request, null);
        return itemId;
    }

    @Override
    @Transactional
    public int addItemsFromDossiers(long sessionId, long expectedVersion) {
        CouncilSession session = organised(sessionId, expectedVersion);
        CouncilRules rules = law.rules(session.councilUnitId(), session.heldOn());
        List<ListedNominee> listed = dossiers.consolidate(session.councilUnitId());
        for (ListedNominee nominee : listed) {
            NomineeKind kind = nominee.type() == SubjectType.INDIVIDUAL ? NomineeKind.PERSON : NomineeKind.UNIT;
            session.addItem(kind, nominee.subjectId(), nominee.name(), nominee.unitId(), nominee.awardCode(),
                    law.threshold(nominee.awardCode(), rules, session.heldOn()))
                    .cameFrom(nominee.dossierId(), nominee.nomineeId(), nominee.letterNumber(), nominee.achievement(),
                            nominee.campaignCode());
        }
        sessions.saveAndFlush(session);
        audit.record("council.agenda", "CouncilSession", sessionId, null,
                listed.stream().map(n -> n.dossierId() + "/" + n.nomineeId()).toList(), null);
        return listed.size();
    }

    @Override
    @Transactional
    public void setQuota(long sessionId, long expectedVersion, String awardCode, int places) {
        CouncilSession session = organised(sessionId, expectedVersion);
        Integer before = session.quotas().get(awardCode);
        session.setQuota(awardCode, places);
        sessions.saveAndFlush(session);
        audit.record("council.quota", "CouncilSession", sessionId, before, Map.of(awardCode, places), null);
    }

    @Override
    @Transactional
    public void recordAttendance(long sessionId, long expectedVersion, long memberId, Attendance attendance) {
        CouncilSession session = organised(sessionId, expectedVersion);
        Attendance before = session.member(memberId).attendance();
        session.recordAttendance(memberId, attendance);
        sessions.saveAndFlush(session);
        audit.record("council.attendance", "CouncilMember", memberId, before, attendance, null);
    }

    @Override
    @Transactional
    public void declareConflict(long sessionId, long itemId, String note) {
        CouncilSession session = locked(sessionId);
        CouncilMember member = currentMember(session);
        if (box.hasVoted(sessionId, member.id())) {
            throw new BusinessRuleException("error.council.alreadyVoted", "itemId", member.id());
        }
        session.declareConflict(member.id(), itemId, note);
        sessions.saveAndFlush(session);
        audit.record("council.conflict", "CouncilItem", itemId, null, member.username(), note);
    }

    @Override
    @Transactional
    public void startVoting(long sessionId, long expectedVersion) {
        CouncilSession session = organised(sessionId, expectedVersion);
        session.startVoting();
        sessions.saveAndFlush(session);
        audit.record("council.startVoting", "CouncilSession", sessionId, SessionStatus.PLANNED, session.status(),
                null);
    }

    @Override
    @Transactional
    public String castBallot(long sessionId, Map<Long, Vote> votes) {
        CouncilSession session = locked(sessionId);
        CouncilMember member = currentMember(session);
        if (member.attendance() != Attendance.PRESENT) {
            throw new BusinessRuleException("error.council.notPresent", "memberId", member.fullName());
        }
        return drop(session, member, false, votes);
    }

    @Override
    @Transactional
    public String recordWrittenBallot(long sessionId, long memberId, Map<Long, Vote> votes) {
        CouncilSession session = locked(sessionId);
        access.require(session.councilUnitId(), ORGANISERS);
        CouncilMember member = session.member(memberId);
        if (member.attendance() != Attendance.WRITTEN) {
            throw new BusinessRuleException("error.council.notWritten", "memberId", member.fullName());
        }
        return drop(session, member, true, votes);
    }

    @Override
    @Transactional
    public void breakTie(long sessionId, long expectedVersion, List<Long> itemOrder) {
        CouncilSession session = locked(sessionId);
        CouncilMember member = currentMember(session);
        if (!member.chair()) {
            throw new AccessDeniedException("only the chair breaks ties in session " + sessionId);
        }
        session.expectVersion(expectedVersion);
        session.breakTie(itemOrder);
        sessions.saveAndFlush(session);
        audit.record("council.tieBreak", "CouncilSession", sessionId, null, itemOrder, null);
    }

    @Override
    @Transactional
    public void close(long sessionId, long expectedVersion) {
        CouncilSession session = locked(sessionId);
        access.require(session.councilUnitId(), ORGANISERS);
        session.expectVersion(expectedVersion);
        int voters = box.voters(sessionId).size();
        int ballots = box.ballotCount(sessionId);
        if (voters != ballots) {
            throw new IllegalStateException("ballot box of session " + sessionId + " holds " + ballots
                    + " ballots for " + voters + " voters");
        }
        session.close(box.count(sessionId), access.currentActor().displayName(), clock.instant());
        sessions.saveAndFlush(session);
        decisionDrafts.draftFromCouncil(session.result());
        audit.record("council.close", "CouncilSession", sessionId, SessionStatus.VOTING, view(session), null);
    }

    @Override
    public List<PublishedBallot> ballots(long sessionId) {
        CouncilSession session = load(sessionId);
        access.require(session.councilUnitId(), READERS);
        session.expect(SessionStatus.CLOSED);
        return box.published(sessionId);
    }

    @Override
    public byte[] minutesPdf(long sessionId) {
        return renderer.renderPdf(minutes(sessionId));
    }

    @Override
    public byte[] minutesDocx(long sessionId) {
        return renderer.renderDocx(minutes(sessionId));
    }

    private OfficialDocument minutes(long sessionId) {
        CouncilSession session = load(sessionId);
        access.require(session.councilUnitId(), READERS);
        session.expect(SessionStatus.CLOSED);
        Map<String, String> awardNames = new java.util.HashMap<>();
        session.items().forEach(item -> catalog.awardType(item.awardCode())
                .ifPresent(award -> awardNames.put(award.code(), award.name())));
        return Minutes.of(view(session), organization.unit(session.councilUnitId()), session.closedByName(),
                awardNames);
    }

    private String drop(CouncilSession session, CouncilMember member, boolean written, Map<Long, Vote> votes) {
        session.expect(SessionStatus.VOTING);
        Map<Long, Vote> lines = new LinkedHashMap<>();
        votes.keySet().forEach(session::item);
        for (CouncilItem item : session.items()) {
            Vote vote = votes.get(item.id());
            if (item.isRecused(member.id())) {
                if (vote != null && vote != Vote.BLANK) {
                    throw new BusinessRuleException("error.council.recused", "votes", member.fullName(),
                            item.nomineeName());
                }
                continue;
            }
            lines.put(item.id(), vote == null ? Vote.BLANK : vote);
        }
        String receipt = box.cast(session.id(), member.id(), written, lines);
        audit.record(written ? "council.writtenBallot" : "council.ballot", "CouncilSession", session.id(), null,
                member.username(), null);
        return receipt;
    }

    private CouncilMember currentMember(CouncilSession session) {
        access.require(session.councilUnitId(), Role.COUNCIL_MEMBER);
        String username = access.currentActor().username();
        return session.memberNamed(username).orElseThrow(() -> new AccessDeniedException(
                username + " is not a member of council session " + session.id()));
    }

    private CouncilSession organised(long sessionId, long expectedVersion) {
        CouncilSession session = locked(sessionId);
        access.require(session.councilUnitId(), ORGANISERS);
        session.expectVersion(expectedVersion);
        return session;
    }

    private CouncilSession load(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("CouncilSession", sessionId));
    }

    private CouncilSession locked(long sessionId) {
        return sessions.locked(sessionId).orElseThrow(() -> new NotFoundException("CouncilSession", sessionId));
    }

    private SessionView view(CouncilSession session) {
        Set<Long> voters = Set.copyOf(box.voters(session.id()));
        List<SessionView.Member> members = session.members().stream()
                .map(m -> new SessionView.Member(m.id(), m.username(), m.fullName(), m.unitId(), m.chair(),
                        m.attendance(), voters.contains(m.id())))
                .toList();
        List<SessionView.Item> items = session.items().stream()
                .map(i -> new SessionView.Item(i.id(), i.position(), i.nomineeKind(), i.nomineeId(), i.nomineeName(),
                        i.nomineeUnitId(), i.awardCode(), i.threshold(),
                        i.threshold().minimumOf(session.thresholdBase(i)), i.recusedMemberIds(), i.yesVotes(),
                        i.noVotes(), i.blankVotes(), i.outcome(), i.dossierId(), i.dossierNomineeId()))
                .toList();
        return new SessionView(session.id(), session.version(), session.councilUnitId(), session.title(),
                session.heldOn(), session.kind(), session.status(), session.presence().atLeastOf(members.size()),
                session.rulesSource(), members, items, session.quotas(), voters.size());
    }
}
