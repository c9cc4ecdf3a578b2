package vn.thidua.council.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.NomineeKind;
import vn.thidua.council.Share;
import vn.thidua.council.Threshold;

/** Một người/tập thể trong danh sách biểu quyết: a nominee for an award, with the threshold in force. */
@Entity
@Table(name = "council_item")
class CouncilItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Enumerated(EnumType.STRING)
    private NomineeKind nomineeKind;
    private long nomineeId;
    private String nomineeName;
    private long nomineeUnitId;
    private String awardCode;
    private Long dossierId;
    private Long dossierNomineeId;
    private String letterNumber;
    private String achievement;
    private String campaignCode;
    private int thresholdNumerator;
    private int thresholdDenominator;
    private boolean thresholdStrict;
    private String thresholdSource;
    private Integer yesVotes;
    private Integer noVotes;
    private Integer blankVotes;
    @Enumerated(EnumType.STRING)
    private ItemOutcome outcome;

    @ElementCollection
    @CollectionTable(name = "council_recusal", joinColumns = @JoinColumn(name = "item_id"))
    private Set<Recusal> recusals = new HashSet<>();

    protected CouncilItem() {
    }

    CouncilItem(int position, NomineeKind kind, long nomineeId, String nomineeName, long nomineeUnitId,
            String awardCode, Threshold threshold) {
        this.position = position;
        this.nomineeKind = kind;
        this.nomineeId = nomineeId;
        this.nomineeName = nomineeName;
        this.nomineeUnitId = nomineeUnitId;
        this.awardCode = awardCode;
        this.thresholdNumerator = threshold.share().numerator();
        this.thresholdDenominator = threshold.share().denominator();
        this.thresholdStrict = threshold.strictlyMore();
        this.thresholdSource = threshold.legalSource();
    }

    /** The dossier the nominee came from: the decision cites its tờ trình and states the achievement. */
    void cameFrom(long dossier, long dossierNominee, String letter, String achieved, String campaign) {
        this.campaignCode = campaign;
        this.dossierId = dossier;
        this.dossierNomineeId = dossierNominee;
        this.letterNumber = letter;
        this.achievement = achieved;
    }

    String campaignCode() {
        return campaignCode;
    }

    String letterNumber() {
        return letterNumber;
    }

    String achievement() {
        return achievement;
    }

    Long dossierId() {
        return dossierId;
    }

    Long dossierNomineeId() {
        return dossierNomineeId;
    }

    void recuse(long memberId, Recusal.Reason reason, String note) {
        if (!isRecused(memberId)) {
            recusals.add(new Recusal(memberId, reason, note));
        }
    }

    boolean isRecused(long memberId) {
        return recusals.stream().anyMatch(recusal -> recusal.memberId() == memberId);
    }

    void counted(int yes, int no, int blank, ItemOutcome result) {
        this.yesVotes = yes;
        this.noVotes = no;
        this.blankVotes = blank;
        this.outcome = result;
    }

    Threshold threshold() {
        return new Threshold(new Share(thresholdNumerator, thresholdDenominator), thresholdStrict, thresholdSource);
    }

    List<Long> recusedMemberIds() {
        return recusals.stream().map(Recusal::memberId).sorted().toList();
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }

    NomineeKind nomineeKind() {
        return nomineeKind;
    }

    long nomineeId() {
        return nomineeId;
    }

    String nomineeName() {
        return nomineeName;
    }

    long nomineeUnitId() {
        return nomineeUnitId;
    }

    String awardCode() {
        return awardCode;
    }

    Integer yesVotes() {
        return yesVotes;
    }

    Integer noVotes() {
        return noVotes;
    }

    Integer blankVotes() {
        return blankVotes;
    }

    ItemOutcome outcome() {
        return outcome;
    }
}
