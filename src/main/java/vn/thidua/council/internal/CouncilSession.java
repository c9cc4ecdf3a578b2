package vn.thidua.council.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.thidua.catalog.SubjectType;
import vn.thidua.council.Attendance;
import vn.thidua.council.CouncilRules;
import vn.thidua.council.CouncilSessionClosed;
import vn.thidua.council.CouncilSessionScheduled;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.NomineeKind;
import vn.thidua.council.SessionKind;
import vn.thidua.council.SessionStatus;
import vn.thidua.council.Share;
import vn.thidua.council.Threshold;
import vn.thidua.decision.DecisionDrafts;
import vn.thidua.shared.BusinessRuleException;

/**
 * Phiên họp Hội đồng Thi đua – Khen thưởng. Owns its states (planned → voting → closed), its members (fixed at
 * creation: the total that thresholds are computed on), its agenda and recusals, and the count at close. The
 * ballots themselves live apart, in the {@link BallotBox}, so the session never knows who voted how.
 */
@Entity
@Table(name = "council_session")
class CouncilSession extends AbstractAggregateRoot<CouncilSession> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long councilUnitId;
    private String title;
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private int quorumNumerator;
    private int quorumDenominator;
    private int presenceNumerator;
    private int presenceDenominator;
    private boolean recusedLeaveTotal;
    private String rulesSource;
    private String tieBreak;
    private String createdBy;
    private Instant createdAt;
    private Instant closedAt;
    private String closedByName;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("id")
    private List<CouncilMember> members = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("position")
    private List<CouncilItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "council_quota", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "award_code")
    @Column(name = "places")
    private Map<String, Integer> quotas = new HashMap<>();

    protected CouncilSession() {
    }

    CouncilSession(long councilUnitId, String title, LocalDate heldOn, SessionKind kind, CouncilRules rules,
            List<CouncilMember> members, String actor, Instant now) {
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("error.council.titleRequired", "title");
        }
        if (members.isEmpty()) {
            throw new BusinessRuleException("error.council.noMembers", "members");
        }
        if (members.stream().filter(CouncilMember::chair).count() != 1) {
            throw new BusinessRuleException("error.council.oneChair", "members");
        }
        if (members.stream().map(CouncilMember::username).distinct().count() != members.size()) {
            throw new BusinessRuleException("error.council.duplicateMember", "members");
        }
        this.councilUnitId = councilUnitId;
        this.title = title.strip();
        this.heldOn = heldOn;
        this.kind = kind;
        this.status = SessionStatus.PLANNED;
        this.quorumNumerator = rules.quorum().numerator();
        this.quorumDenominator = rules.quorum().denominator();
        Share presence = rules.presenceFor(kind);
        this.presenceNumerator = presence.numerator();
        this.presenceDenominator = presence.denominator();
        this.recusedLeaveTotal = rules.recusedLeaveTotal();
        this.rulesSource = rules.legalSource();
        this.members.addAll(members);
        this.createdBy = actor;
        this.createdAt = now;
    }

    /** Adds a nominee; members of the nominee's own unit are recused automatically. */
    CouncilItem addItem(NomineeKind nomineeKind, long nomineeId, String nomineeName, long nomineeUnitId,
            String awardCode, Threshold threshold) {
        expect(SessionStatus.PLANNED);
        boolean duplicate = items.stream().anyMatch(item -> item.nomineeKind() == nomineeKind
                && item.nomineeId() == nomineeId && item.awardCode().equals(awardCode));
        if (duplicate) {
            throw new BusinessRuleException("error.council.duplicateItem", "nomineeId", nomineeName, awardCode);
        }
        CouncilItem item = new CouncilItem(items.size() + 1, nomineeKind, nomineeId, nomineeName, nomineeUnitId,
                awardCode, threshold);
        members.stream().filter(member -> member.unitId() == nomineeUnitId)
                .forEach(member -> item.recuse(member.id(), Recusal.Reason.SAME_UNIT, null));
        items.add(item);
        return item;
    }

    void setQuota(String awardCode, int places) {
        expect(SessionStatus.PLANNED);
        if (places < 0) {
            throw new BusinessRuleException("error.council.quotaNegative", "places", places);
        }
        quotas.put(awardCode, places);
    }

    void recordAttendance(long memberId, Attendance attendance) {
        expect(SessionStatus.PLANNED);
        member(memberId).attend(attendance);
    }

    /** A member declares a conflict of interest on an item before voting on it. */
    void declareConflict(long memberId, long itemId, String note) {
        if (status == SessionStatus.CLOSED) {
            throw new BusinessRuleException("error.council.transition", "status", status, status);
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("error.council.conflictNoteRequired", "note");
        }
        item(itemId).recuse(member(memberId).id(), Recusal.Reason.DECLARED, note.strip());
    }

    void startVoting() {
        if (items.isEmpty()) {
            throw new BusinessRuleException("error.council.emptyAgenda", "items");
        }
        int present = (int) members.stream().filter(m -> m.attendance() == Attendance.PRESENT).count();
        int needed = presence().atLeastOf(members.size());
        if (present < needed) {
            throw new BusinessRuleException("error.council.quorum", "attendance", present, members.size(), needed);
        }
        move(SessionStatus.VOTING);
    }

    void breakTie(List<Long> itemOrder) {
        expect(SessionStatus.VOTING);
        itemOrder.forEach(this::item);
        this.tieBreak = String.join(",", itemOrder.stream().map(String::valueOf).toList());
    }

    /**
     * Counts and closes: each item passes when its yes votes meet its threshold on the total membership; the
     * passing nominees of an award are then ranked against its quota.
     */
    void close(Map<Long, VoteCount> counts, String secretary, Instant now) {
        expect(SessionStatus.VOTING);
        List<Selection.Candidate> passed = new ArrayList<>();
        for (CouncilItem item : items) {
            int yes = counts.getOrDefault(item.id(), VoteCount.NONE).yes();
            if (item.threshold().isMetBy(yes, thresholdBase(item))) {
                passed.add(new Selection.Candidate(item.id(), item.awardCode(), yes));
            }
        }
        Selection.Outcome outcome = Selection.select(passed, quotas, tieBreakOrder());
        List<CouncilSessionClosed.Result> results = new ArrayList<>();
        for (CouncilItem item : items) {
            VoteCount count = counts.getOrDefault(item.id(), VoteCount.NONE);
            ItemOutcome result = outcome.selected().contains(item.id()) ? ItemOutcome.SELECTED
                    : outcome.rankedOut().contains(item.id()) ? ItemOutcome.RANKED_OUT : ItemOutcome.BELOW_THRESHOLD;
            item.counted(count.yes(), count.no(), count.blank(), result);
            results.add(new CouncilSessionClosed.Result(item.id(), item.nomineeKind(), item.nomineeId(),
                    item.awardCode(), count.yes(), thresholdBase(item), result, item.dossierId(),
                    item.dossierNomineeId(), item.letterNumber(), item.achievement()));
        }
        move(SessionStatus.CLOSED);
        this.closedAt = now;
        this.closedByName = secretary;
        registerEvent(new CouncilSessionClosed(id, councilUnitId, heldOn, List.copyOf(results)));
    }

    /** Invites the members, once the session has its id. */
    void announce() {
        registerEvent(new CouncilSessionScheduled(id, title, heldOn,
                members.stream().map(CouncilMember::username).toList()));
    }

    /** The selected nominees of a closed session, best voted first, for the decisions drafted from them. */
    DecisionDrafts.CouncilResult result() {
        expect(SessionStatus.CLOSED);
        List<DecisionDrafts.Awardee> selected = items.stream()
                .filter(item -> item.outcome() == ItemOutcome.SELECTED)
                .sorted(Comparator.comparingInt(CouncilItem::yesVotes).reversed())
                .map(item -> new DecisionDrafts.Awardee(item.nomineeKind() == NomineeKind.PERSON
                        ? SubjectType.INDIVIDUAL : SubjectType.COLLECTIVE, item.nomineeId(), item.nomineeName(),
                        item.nomineeUnitId(), item.awardCode(), item.yesVotes(), item.dossierId(),
                        item.dossierNomineeId(), item.letterNumber(), item.achievement(), item.campaignCode()))
                .toList();
        return new DecisionDrafts.CouncilResult(id, councilUnitId, heldOn, selected);
    }

    /** The total membership, less the item's recused members only where the council's rules say so. */
    int thresholdBase(CouncilItem item) {
        return recusedLeaveTotal ? members.size() - item.recusedMemberIds().size() : members.size();
    }

    void expectVersion(long expected) {
        if (expected != version) {
            throw new BusinessRuleException("error.council.stale", "version", expected, version);
        }
    }

    void expect(SessionStatus expected) {
        if (status != expected) {
            throw new BusinessRuleException("error.council.transition", "status", status, expected);
        }
    }

    private void move(SessionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("error.council.transition", "status", status, next);
        }
        status = next;
    }

    CouncilMember member(long memberId) {
        return members.stream().filter(member -> member.id() == memberId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.council.unknownMember", "memberId", memberId));
    }

    Optional<CouncilMember> memberNamed(String username) {
        return members.stream().filter(member -> member.username().equals(username)).findFirst();
    }

    CouncilItem item(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.council.unknownItem", "itemId", itemId));
    }

    Share presence() {
        return new Share(presenceNumerator, presenceDenominator);
    }

    private List<Long> tieBreakOrder() {
        return tieBreak == null || tieBreak.isEmpty() ? List.of()
                : Arrays.stream(tieBreak.split(",")).map(Long::valueOf).toList();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long councilUnitId() {
        return councilUnitId;
    }

    String title() {
        return title;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    SessionKind kind() {
        return kind;
    }

    SessionStatus status() {
        return status;
    }

    String closedByName() {
        return closedByName;
    }

    String rulesSource() {
        return rulesSource;
    }

    List<CouncilMember> members() {
        return List.copyOf(members);
    }

    List<CouncilItem> items() {
        return List.copyOf(items);
    }

    Map<String, Integer> quotas() {
        return Map.copyOf(quotas);
    }
}
