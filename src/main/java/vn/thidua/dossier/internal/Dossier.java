package vn.thidua.dossier.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.thidua.catalog.SubjectType;
import vn.thidua.dossier.DossierDecided;
import vn.thidua.dossier.DossierReturned;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.dossier.DossierSubmitted;
import vn.thidua.dossier.DossierView;
import vn.thidua.dossier.SubmissionChannel;
import vn.thidua.eligibility.Outcome;
import vn.thidua.shared.BusinessRuleException;

/**
 * Hồ sơ đề nghị khen thưởng. Owns its states (draft → submitted → received → appraised, with returns for
 * supplementation), its nominees and their appraisal; each move is logged with actor, time and reason and raises an
 * event. Attachments live apart (their bytes are large) and are counted through the checklist.
 */
@Entity
@Table(name = "dos_dossier")
class Dossier extends AbstractAggregateRoot<Dossier> {

    private static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String creationKey;
    private long proposingUnitId;
    private long receivingUnitId;
    private String campaignCode;
    private String awardCode;
    private int achievementYear;
    private String title;
    @Enumerated(EnumType.STRING)
    private DossierStatus status;
    @Enumerated(EnumType.STRING)
    private SubmissionChannel channel;
    private String submittedBy;
    private String letterNumber;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;
    /** Changes to nominees (entities of their own), so that each also moves the dossier's version. */
    private int nomineeChanges;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dossier_id", nullable = false)
    @OrderBy("id")
    private List<DossierNominee> nominees = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dossier_id", nullable = false)
    @OrderBy("at, id")
    private List<DossierTransition> transitions = new ArrayList<>();

    /** The levels it passes through, the last one receiving it for the council; empty for dossiers made before. */
    @ElementCollection
    @CollectionTable(name = "dos_level", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<DossierLevel> levels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dos_decision", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderBy("issuedOn, decisionId")
    private List<IssuedDecision> decisions = new ArrayList<>();

    protected Dossier() {
    }

    /** @param levelUnits the units it passes through in order; the last receives it for the council */
    Dossier(String creationKey, long proposingUnitId, List<Long> levelUnits, String campaignCode, String awardCode,
            int achievementYear, String title, String actor, Instant now) {
        this.creationKey = creationKey;
        this.proposingUnitId = proposingUnitId;
        levelUnits.forEach(unit -> levels.add(new DossierLevel(unit)));
        this.receivingUnitId = levelUnits.get(0);
        this.campaignCode = campaignCode;
        this.awardCode = awardCode;
        this.achievementYear = achievementYear;
        this.title = text(title, "title");
        this.status = DossierStatus.DRAFT;
        this.createdBy = actor;
        this.createdAt = now;
        transitions.add(new DossierTransition(null, DossierStatus.DRAFT, actor, now, null));
    }

    DossierNominee addNominee(SubjectType type, Long subjectId, String name, Long unitId, String achievement) {
        expectEditable();
        boolean twice = subjectId != null && nominees.stream()
                .anyMatch(n -> n.type() == type && subjectId.equals(n.subjectId()));
        if (twice) {
            throw new BusinessRuleException("error.dossier.nomineeTwice", "subjectId", name);
        }
        DossierNominee nominee = new DossierNominee(type, subjectId, text(name, "name"), unitId,
                text(achievement, "achievement"));
        nominees.add(nominee);
        return nominee;
    }

    void removeNominee(long nomineeId) {
        expectEditable();
        nominees.remove(changing(nomineeId));
    }

    void justify(long nomineeId, String justification) {
        expectEditable();
        changing(nomineeId).justify(text(justification, "justification"));
    }

    /**
     * Sends the dossier up. Every nominee's eligibility is recorded as it stands; one who fails a mandatory
     * criterion goes on only with a recorded justification.
     */
    void submit(SubmissionChannel by, String actor, Instant now, java.util.Map<Long, Outcome> eligibility,
            List<String> missingComponents) {
        if (nominees.isEmpty()) {
            throw new BusinessRuleException("error.dossier.noNominee", "nominees");
        }
        if (!missingComponents.isEmpty()) {
            throw new BusinessRuleException("error.dossier.missingComponents", "attachments",
                    String.join(", ", missingComponents));
        }
        for (DossierNominee nominee : nominees) {
            Outcome outcome = eligibility.get(nominee.id());
            nominee.assessed(outcome);
            if (outcome == Outcome.FAIL && nominee.justification() == null) {
                throw new BusinessRuleException("error.dossier.justificationRequired", "justification",
                        nominee.name());
            }
        }
        move(DossierStatus.SUBMITTED, actor, now, null);
        this.channel = by;
        this.submittedBy = actor;
        // (re)starts at the first level
        levels.forEach(level -> level.become(DossierView.LevelState.WAITING, null, null));
        if (!levels.isEmpty()) {
            levels.get(0).become(DossierView.LevelState.PENDING, null, null);
            receivingUnitId = levels.get(0).unitId();
        }
        registerEvent(new DossierSubmitted(id, title, proposingUnitId, receivingUnitId, by));
    }

    /** The tờ trình takes its number from the unit's register once, when the dossier is first sent. */
    void numberLetter(String number) {
        if (letterNumber != null) {
            throw new IllegalStateException("dossier " + id + " already has letter " + letterNumber);
        }
        this.letterNumber = number;
    }

    /** Whoever sent a dossier from their own account may not also receive it. */
    void receive(String actor, Instant now) {
        if (channel == SubmissionChannel.ONLINE_OWN_ACCOUNT && actor.equals(submittedBy)) {
            throw new BusinessRuleException("error.dossier.ownDossier", "status");
        }
        move(DossierStatus.RECEIVED, actor, now, null);
    }

    void returnForSupplement(String actor, Instant now, String reason) {
        String why = text(reason, "reason");
        move(DossierStatus.RETURNED, actor, now, why);
        nominees.forEach(DossierNominee::clearAppraisal);
        registerEvent(new DossierReturned(id, title, proposingUnitId, why));
    }

    void appraise(long nomineeId, boolean eligible, String note) {
        if (status != DossierStatus.RECEIVED) {
            throw new BusinessRuleException("error.dossier.transition", "status", status, DossierStatus.APPRAISED);
        }
        if (!eligible && (note == null || note.isBlank())) {
            throw new BusinessRuleException("error.dossier.appraisalReason", "note");
        }
        changing(nomineeId).appraise(eligible, note == null || note.isBlank() ? null : text(note, "note"));
    }

    void completeAppraisal(String actor, Instant now) {
        if (!status.canMoveTo(DossierStatus.APPRAISED)) {
            throw new BusinessRuleException("error.dossier.transition", "status", status, DossierStatus.APPRAISED);
        }
        List<String> pending = nominees.stream().filter(n -> n.appraisal() == null).map(DossierNominee::name)
                .toList();
        if (!pending.isEmpty()) {
            throw new BusinessRuleException("error.dossier.appraisalPending", "nominees", String.join(", ", pending));
        }
        int here = currentLevel();
        if (here >= 0 && here < levels.size() - 1) {
            forward(here, actor, now);
            return;
        }
        if (here >= 0) {
            levels.get(here).become(DossierView.LevelState.ACCEPTED, actor, now);
        }
        move(DossierStatus.APPRAISED, actor, now, null);
    }

    /** Approved at a lower level: sent up to the next one, which receives and appraises it in turn. */
    private void forward(int here, String actor, Instant now) {
        DossierLevel next = levels.get(here + 1);
        levels.get(here).become(DossierView.LevelState.FORWARDED, actor, now);
        next.become(DossierView.LevelState.PENDING, null, null);
        move(DossierStatus.SUBMITTED, actor, now, null);
        receivingUnitId = next.unitId();
        nominees.forEach(DossierNominee::clearAppraisal);
        registerEvent(new DossierSubmitted(id, title, proposingUnitId, receivingUnitId, channel));
    }

    private int currentLevel() {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).state() == DossierView.LevelState.PENDING) {
                return i;
            }
        }
        return -1;
    }

    List<DossierLevel> levels() {
        return List.copyOf(levels);
    }

    void listed(String actor, Instant now) {
        move(DossierStatus.LISTED, actor, now, null);
    }

    /** A decision on some of its nominees was issued; a decision is recorded once. */
    void decided(IssuedDecision decision) {
        if (decisions.stream().noneMatch(known -> known.decisionId() == decision.decisionId())) {
            decisions.add(decision);
            registerEvent(new DossierDecided(id, title, proposingUnitId, decision.decisionId(),
                    decision.numberSymbol(), decision.awardName()));
        }
    }

    void expectVersion(long expected) {
        if (expected != version) {
            throw new BusinessRuleException("error.dossier.stale", "version", expected, version);
        }
    }

    void expectEditable() {
        if (!status.isEditable()) {
            throw new BusinessRuleException("error.dossier.notEditable", "status", status);
        }
    }

    private void move(DossierStatus next, String actor, Instant now, String reason) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("error.dossier.transition", "status", status, next);
        }
        transitions.add(new DossierTransition(status, next, actor, now, reason));
        status = next;
    }

    /** The nominee about to be changed; the change counts as one of the dossier's (see nomineeChanges). */
    private DossierNominee changing(long nomineeId) {
        DossierNominee nominee = nominees.stream().filter(n -> n.id() == nomineeId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.dossier.unknownNominee", "nomineeId", nomineeId));
        nomineeChanges++;
        return nominee;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("error.dossier.required", field);
        }
        if (value.length() > MAX_TEXT) {
            throw new BusinessRuleException("error.dossier.tooLong", field, MAX_TEXT);
        }
        return value.strip();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long proposingUnitId() {
        return proposingUnitId;
    }

    long receivingUnitId() {
        return receivingUnitId;
    }

    String campaignCode() {
        return campaignCode;
    }

    String awardCode() {
        return awardCode;
    }

    int achievementYear() {
        return achievementYear;
    }

    String title() {
        return title;
    }

    DossierStatus status() {
        return status;
    }

    String letterNumber() {
        return letterNumber;
    }

    SubmissionChannel channel() {
        return channel;
    }

    List<DossierNominee> nominees() {
        return List.copyOf(nominees);
    }

    List<IssuedDecision> decisions() {
        return List.copyOf(decisions);
    }

    List<DossierTransition> transitions() {
        return List.copyOf(transitions);
    }
}
