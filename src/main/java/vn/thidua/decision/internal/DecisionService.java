package vn.thidua.decision.internal;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.LegalBasis;
import vn.thidua.catalog.RewardAmount;
import vn.thidua.catalog.SubjectType;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.decision.DecisionManagement;
import vn.thidua.document.DocumentRenderer;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.OfficialDocument;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/** Drafts, numbers, freezes and renders award decisions. */
@Service
@Transactional(readOnly = true)
class DecisionService implements DecisionManagement {

    private final Decisions decisions;
    private final DocumentNumbers numbers;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final DocumentRenderer renderer;
    private final AccessControl access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Wording wording = AwardList.WORDS;

    DecisionService(Decisions decisions, DocumentNumbers numbers, OrganizationDirectory organization,
            AwardCatalog catalog, DocumentRenderer renderer, AccessControl access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.numbers = numbers;
        this.organization = organization;
        this.catalog = catalog;
        this.renderer = renderer;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionInfo issueAward(AwardDecisionRequest request) {
        if (!access.isUnrestricted()) {
            access.require(request.issuerUnitId(), Role.SIGNING_LEADER);
        }
        UnitInfo issuer = organization.unit(request.issuerUnitId());
        if (issuer.abbreviation() == null || issuer.placeName() == null || issuer.headTitle() == null) {
            throw new BusinessRuleException("error.decision.issuerIncomplete", "issuerUnitId", issuer.name());
        }
        AwardType award = catalog.awardType(request.awardCode())
                .orElseThrow(() -> new NotFoundException("awardType", request.awardCode()));
        PersonInfo person = organization.person(request.personId());
        UnitInfo proposing = organization.unit(request.proposingUnitId());
        LocalDate today = LocalDate.now(clock);
        List<LegalBasis> bases = catalog.legalBases(award.code(), today);
        if (bases.isEmpty()) {
            throw new BusinessRuleException("error.decision.noLegalBasis", "awardCode", award.code(), today);
        }
        Optional<RewardAmount> reward = catalog.reward(award.code(), SubjectType.INDIVIDUAL, today);
        String typeCode = wording.text("typeCode");
        DocumentNumbers.Numbered numbered = numbers.next(issuer.id(), issuer.abbreviation(), today.getYear(),
                typeCode);
        int number = numbered.number();
        String numberSymbol = numbered.symbol();

        OfficialDocument document = draft(issuer, award, person, proposing, request, today, bases, reward,
                numberSymbol);
        DecisionRecipient recipient = new DecisionRecipient(SubjectType.INDIVIDUAL, person.id(), person.unitId(),
                person.fullName(),
                person.unitName(), 1, reward.map(RewardAmount::multiplier).orElse(null),
                reward.map(RewardAmount::baseSalary).orElse(null), reward.map(RewardAmount::amount).orElse(0L));
        Decision decision = decisions.save(new Decision(issuer.id(), number, numberSymbol, award.code(),
                AwardList.awardName(award, issuer), document, List.of(recipient), false));
        DecisionInfo info = decision.toInfo(issuer.name());
        audit.record("decision.issue", "Decision", decision.id(), null, info, null);
        events.publishEvent(new DecisionIssued(info.id(), info.numberSymbol(), info.issuedOn(), issuer.id(),
                issuer.name(), award.code(), info.awardName(), info.recipients(), new DecisionIssued.Printing(
                        issuer.headTitle() + " " + issuer.nameInText(), award.kind() == AwardType.AwardKind.TITLE,
                        award.name(), issuer.placeName(), request.signer().title(), request.signer().fullName(),
                        wording.text("certificate.achievement", request.achievement())), List.of()));
        return info;
    }

    @Override
    public DecisionInfo decision(long decisionId) {
        Decision decision = readable(decisionId);
        return decision.toInfo(organization.unit(decision.issuerUnitId()).name());
    }

    @Override
    public byte[] pdf(long decisionId) {
        return renderer.renderPdf(document(readable(decisionId)));
    }

    @Override
    public byte[] docx(long decisionId) {
        return renderer.renderDocx(document(readable(decisionId)));
    }

    private OfficialDocument document(Decision decision) {
        return decision.document(wording.text("typeName"), wording.text("enacting"), AwardList.blocks(decision));
    }

    /** Readers of the issuer's unit, or of any recipient's unit, may read the decision. */
    private Decision readable(long decisionId) {
        Decision decision = decisions.findById(decisionId)
                .orElseThrow(() -> new NotFoundException("decision", decisionId));
        if (!access.isUnrestricted() && !access.can(decision.issuerUnitId(), Role.values())
                && decision.recipients().stream().noneMatch(r -> access.can(r.unitId(), Role.values()))) {
            throw new org.springframework.security.access.AccessDeniedException("decision " + decisionId);
        }
        return decision;
    }

    private OfficialDocument draft(UnitInfo issuer, AwardType award, PersonInfo person, UnitInfo proposing,
            AwardDecisionRequest request, LocalDate today, List<LegalBasis> bases, Optional<RewardAmount> reward,
            String numberSymbol) {
        Locale vi = VietnameseText.VIETNAMESE;
        String issuerUpper = issuer.name().toUpperCase(vi);
        String supervising = issuer.parentId() == null ? null
                : organization.unit(issuer.parentId()).name().toUpperCase(vi);
        String honorific = wording.text("honorific." + person.gender().name());
        List<String> legalLines = bases.stream().map(basis -> wording.text("legalBasis", basis.citation())).toList();
        String awardName = AwardList.awardName(award, issuer);
        List<OfficialDocument.Article> articles = new ArrayList<>();
        boolean hasPosition = person.position() != null && !person.position().isBlank();
        articles.add(new OfficialDocument.Article(1, List.of(hasPosition
                ? wording.text("article1", awardName, honorific, person.fullName(), person.position(),
                        person.unitName(), request.achievement())
                : wording.text("article1.noPosition", awardName, honorific, person.fullName(), person.unitName(),
                        request.achievement()))));
        NumberFormat money = NumberFormat.getIntegerInstance(vi);
        articles.add(new OfficialDocument.Article(2, List.of(reward.map(r -> wording.text("article2.money",
                awardName, money.format(r.amount()), r.multiplier().stripTrailingZeros().toPlainString()
                        .replace('.', ','), money.format(r.baseSalary()), issuer.name()))
                .orElseGet(() -> wording.text("article2.noMoney")))));
        articles.add(new OfficialDocument.Article(3, List.of(wording.text("article3", proposing.name(), honorific,
                person.fullName()))));
        return new OfficialDocument(supervising, issuerUpper, numberSymbol, issuer.placeName(), today,
                wording.text("typeName"), wording.text("summary", awardName),
                wording.text("authority", issuer.headTitle().toUpperCase(vi), issuerUpper), legalLines,
                wording.text("proposal", proposing.name()), wording.text("enacting"), articles,
                new OfficialDocument.SignatureBlock(request.signer().authorityLines(),
                        request.signer().title().toUpperCase(vi), request.signer().fullName()),
                List.of(wording.text("recipient.article3"),
                        wording.text("recipient.archive", valueOr(proposing.abbreviation()))));
    }

    private static String valueOr(String text) {
        return text == null ? "" : text;
    }
}
