package vn.thidua.decision.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.thidua.decision.DecisionAnnulled;
import vn.thidua.decision.DecisionCorrected;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.document.OfficialDocument;

/**
 * Quyết định khen thưởng, frozen at issue: every cell of the document as printed, so that rendering it again in
 * ten years gives the same text whatever the catalogue says by then.
 */
@Entity
@Table(name = "dec_decision")
class Decision extends AbstractAggregateRoot<Decision> {

    private static final String LINE_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long issuerUnitId;
    @Column(name = "series_year")
    private int year;
    private int number;
    private String numberSymbol;
    private LocalDate issuedOn;
    private String awardCode;
    private String awardName;
    private String supervisingBody;
    private String issuingBody;
    private String placeName;
    private String summary;
    private String authorityLine;
    private String legalBases;
    private String proposalLine;
    private String articles;
    private String signerName;
    private String signerTitle;
    private String signerAuthority;
    private String recipientLines;
    private boolean withList;
    private boolean annulled;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "decision_id", nullable = false)
    @OrderBy("goldenBookNumber")
    private List<DecisionRecipient> recipients = new ArrayList<>();

    protected Decision() {
    }

    Decision(long issuerUnitId, int number, String numberSymbol, String awardCode, String awardName,
            OfficialDocument document, List<DecisionRecipient> recipients, boolean withList) {
        this.withList = withList;
        this.issuerUnitId = issuerUnitId;
        this.year = document.date().getYear();
        this.number = number;
        this.numberSymbol = numberSymbol;
        this.issuedOn = document.date();
        this.awardCode = awardCode;
        this.awardName = awardName;
        this.supervisingBody = document.supervisingBody();
        this.issuingBody = document.issuingBody();
        this.placeName = document.place();
        this.summary = document.summary();
        this.authorityLine = document.authorityLine();
        this.legalBases = String.join(LINE_SEPARATOR, document.legalBases());
        this.proposalLine = document.proposalLine();
        this.articles = String.join(LINE_SEPARATOR, document.articles().stream()
                .map(article -> String.join(" ", article.paragraphs())).toList());
        this.signerName = document.signer().fullName();
        this.signerTitle = document.signer().title();
        this.signerAuthority = String.join(LINE_SEPARATOR, document.signer().authorityLines());
        this.recipientLines = String.join(LINE_SEPARATOR, document.recipients());
        this.recipients.addAll(recipients);
    }

    /** The document exactly as issued; {@code list} is the annexed list rebuilt from the frozen recipients. */
    OfficialDocument document(String typeName, String enactingWord, List<OfficialDocument.Block> list) {
        List<String> articleTexts = lines(articles);
        List<OfficialDocument.Article> articleList = new ArrayList<>();
        for (int i = 0; i < articleTexts.size(); i++) {
            articleList.add(new OfficialDocument.Article(i + 1, List.of(articleTexts.get(i))));
        }
        return new OfficialDocument(supervisingBody, issuingBody, numberSymbol, placeName, issuedOn, typeName,
                summary, authorityLine, lines(legalBases), proposalLine, enactingWord, articleList,
                new OfficialDocument.SignatureBlock(lines(signerAuthority), signerTitle, signerName),
                lines(recipientLines), withList ? list : List.of(), null);
    }

    boolean withList() {
        return withList;
    }

    /** Hủy bỏ: once, with the reference of the annulling document. */
    void annul(String reference, String reason) {
        if (annulled) {
            throw new BusinessRuleException("error.decision.annulled", "decisionId", numberSymbol);
        }
        annulled = true;
        registerEvent(new DecisionAnnulled(id, numberSymbol, reference, reason));
    }

    /** Đính chính the name of the recipient at the position (from 1); the signed text is kept as it was. */
    DecisionCorrected correctName(int position, String correctedName, String reference) {
        if (annulled) {
            throw new BusinessRuleException("error.decision.annulled", "decisionId", numberSymbol);
        }
        if (position < 1 || position > recipients.size()) {
            throw new BusinessRuleException("error.decision.position", "position", position, recipients.size());
        }
        DecisionRecipient recipient = recipients.get(position - 1);
        DecisionCorrected corrected = new DecisionCorrected(id, recipient.goldenBookNumber(), recipient.personId(),
                recipient.unitId(), recipient.fullName(), correctedName, reference);
        registerEvent(corrected);
        return corrected;
    }

    void expectVersion(long expected) {
        if (expected != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("decision " + id + " is at version "
                    + version + ", not " + expected);
        }
    }

    String numberSymbol() {
        return numberSymbol;
    }

    DecisionInfo toInfo(String issuerName) {
        return new DecisionInfo(id, numberSymbol, issuedOn, issuerUnitId, issuerName, awardCode, awardName,
                signerName, recipients.stream().map(DecisionRecipient::toInfo).toList(), annulled, version);
    }

    Long id() {
        return id;
    }

    long issuerUnitId() {
        return issuerUnitId;
    }

    List<DecisionRecipient> recipients() {
        return List.copyOf(recipients);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(LINE_SEPARATOR));
    }
}
