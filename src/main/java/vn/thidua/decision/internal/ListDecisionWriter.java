package vn.thidua.decision.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.LegalBasis;
import vn.thidua.catalog.RewardAmount;
import vn.thidua.catalog.SubjectType;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.decision.DraftView;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.OfficialDocument;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/**
 * Words a decision with a list (quyết định kèm danh sách) from a draft, on the day of approval: căn cứ in force,
 * «Theo đề nghị» citing the council's minutes or the appraising unit, and the tờ trình, Điều 1 with the list, Điều 2
 * with the money per person, collective and household and the total, Điều 3, and the signature of the approving
 * leader; then numbers it.
 */
@Component
class ListDecisionWriter {

    record Written(Decision decision, DecisionIssued.Printing printing) {
    }

    private static final Wording WORDS = AwardList.WORDS;

    private final DocumentNumbers numbers;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final AccessControl access;
    private final Clock clock;

    ListDecisionWriter(DocumentNumbers numbers, OrganizationDirectory organization, AwardCatalog catalog,
            AccessControl access, Clock clock) {
        this.numbers = numbers;
        this.organization = organization;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    /** The awardees as they will be printed, with the money of today's base salary. */
    List<DraftView.Line> lines(DecisionDraft draft) {
        LocalDate today = LocalDate.now(clock);
        return draft.lines().stream().map(line -> {
            Named named = named(line);
            return new DraftView.Line(line.position(), line.subjectType(), line.subjectId(), named.name(),
                    named.unitName(), line.achievement(), line.votes(),
                    reward(draft.awardCode(), line.subjectType(), today).map(RewardAmount::amount).orElse(0L));
        }).toList();
    }

    Written write(DecisionDraft draft, String proposedDay) {
        LocalDate today = LocalDate.now(clock);
        UnitInfo issuer = organization.unit(draft.issuerUnitId());
        if (issuer.abbreviation() == null || issuer.placeName() == null || issuer.headTitle() == null) {
            throw new BusinessRuleException("error.decision.issuerIncomplete", "issuerUnitId", issuer.name());
        }
        AwardType award = catalog.awardType(draft.awardCode()).orElseThrow();
        List<LegalBasis> bases = catalog.legalBases(award.code(), today);
        if (bases.isEmpty()) {
            throw new BusinessRuleException("error.decision.noLegalBasis", "awardCode", award.code(), today);
        }
        List<DecisionRecipient> recipients = new ArrayList<>();
        for (DecisionDraft.Line line : draft.lines()) {
            Named named = named(line);
            Optional<RewardAmount> reward = reward(award.code(), line.subjectType(), today);
            recipients.add(new DecisionRecipient(line.subjectType(), named.personId(), named.unitId(), named.name(),
                    named.unitName(), line.position(), reward.map(RewardAmount::multiplier).orElse(null),
                    reward.map(RewardAmount::baseSalary).orElse(null), reward.map(RewardAmount::amount).orElse(0L))
                    .stating(line.achievement()).inCampaign(line.campaignCode()));
        }
        String awardName = AwardList.awardName(award, issuer);
        String typeCode = WORDS.text("typeCode");
        DocumentNumbers.Numbered numbered = numbers.next(issuer.id(), issuer.abbreviation(), today.getYear(),
                typeCode);
        int number = numbered.number();
        String numberSymbol = numbered.symbol();
        RoleGrant grant = access.grantsCovering(issuer.id(), Role.SIGNING_LEADER).stream()
                .max(Comparator.comparingInt(g -> organization.path(g.unitId()).size())).orElseThrow();
        String signerTitle = grant.signingTitle() == null ? issuer.headTitle() : grant.signingTitle();
        String signerName = access.currentActor().displayName();
        OfficialDocument document = document(issuer, award, awardName, numberSymbol, today, bases, recipients,
                draft, proposedDay, grant, signerTitle, signerName);
        Decision decision = new Decision(issuer.id(), number, numberSymbol, award.code(), awardName, document,
                recipients, true);
        return new Written(decision, new DecisionIssued.Printing(issuer.headTitle() + " " + issuer.nameInText(),
                award.kind() == AwardType.AwardKind.TITLE, award.name(), issuer.placeName(), signerTitle, signerName,
                WORDS.text("certificate.list")));
    }

    private OfficialDocument document(UnitInfo issuer, AwardType award, String awardName, String numberSymbol,
            LocalDate today, List<LegalBasis> bases, List<DecisionRecipient> recipients, DecisionDraft draft,
            String proposedDay, RoleGrant grant, String signerTitle, String signerName) {
        var vi = VietnameseText.VIETNAMESE;
        Map<SubjectType, Long> counts = draft.lines().stream().collect(Collectors.groupingBy(
                DecisionDraft.Line::subjectType, () -> new EnumMap<>(SubjectType.class), Collectors.counting()));
        long people = counts.getOrDefault(SubjectType.INDIVIDUAL, 0L);
        long collectives = counts.getOrDefault(SubjectType.COLLECTIVE, 0L);
        long households = counts.getOrDefault(SubjectType.HOUSEHOLD, 0L);
        String article1 = households == 0 ? WORDS.text("article1.list", awardName, people, collectives)
                : WORDS.text("article1.listHouseholds", awardName, people, collectives, households);
        String issuerUpper = issuer.name().toUpperCase(vi);
        String supervising = issuer.parentId() == null ? null
                : organization.unit(issuer.parentId()).name().toUpperCase(vi);
        List<String> authority = grant.signingAuthority() == null ? List.of()
                : List.of(grant.signingAuthority().split("\\s*/\\s*"));
        return new OfficialDocument(supervising, issuerUpper, numberSymbol, issuer.placeName(), today,
                WORDS.text("typeName"), WORDS.text("summary", awardName),
                WORDS.text("authority", issuer.headTitle().toUpperCase(vi), issuerUpper),
                bases.stream().map(basis -> WORDS.text("legalBasis", basis.citation())).toList(),
                proposal(draft, issuer, proposedDay), WORDS.text("enacting"),
                List.of(new OfficialDocument.Article(1, List.of(article1)),
                        new OfficialDocument.Article(2, List.of(article2(issuer, award.code(), counts.keySet(),
                                recipients, today))),
                        new OfficialDocument.Article(3, List.of(WORDS.text("article3.list", issuer.name())))),
                new OfficialDocument.SignatureBlock(authority, signerTitle.toUpperCase(vi), signerName),
                List.of(WORDS.text("recipient.article3"),
                        WORDS.text("recipient.archive", issuer.abbreviation())));
    }

    /** Who proposed: the council at its meeting, or the appraising unit; and the units by their tờ trình. */
    private String proposal(DecisionDraft draft, UnitInfo issuer, String proposedDay) {
        String letters = draft.lines().stream().map(DecisionDraft.Line::letterNumber).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
        if (draft.councilSessionId() != null) {
            return letters.isEmpty() ? WORDS.text("proposal.council", proposedDay)
                    : WORDS.text("proposal.councilLetters", proposedDay, letters);
        }
        UnitInfo appraiser = organization.unit(draft.appraisingUnitId());
        // the issuer's own office appraised: the decision cites the units' letters alone
        if (appraiser.id() == issuer.id()) {
            return WORDS.text("proposal.letters", letters);
        }
        String proposer = appraiser.headTitle() == null ? appraiser.name()
                : appraiser.headTitle() + " " + appraiser.nameInText();
        return WORDS.text("proposal.appraisal", proposer, letters);
    }

    /** The money each kind of awardee receives, as multiples of the base salary, and the total. */
    private String article2(UnitInfo issuer, String awardCode, Set<SubjectType> present,
            List<DecisionRecipient> recipients, LocalDate today) {
        NumberFormat money = NumberFormat.getIntegerInstance(VietnameseText.VIETNAMESE);
        List<String> each = new ArrayList<>();
        Long baseSalary = null;
        for (SubjectType type : present) {
            Optional<RewardAmount> reward = reward(awardCode, type, today);
            if (reward.isPresent()) {
                each.add(WORDS.text("article2.each." + type, money.format(reward.get().amount()),
                        decimal(reward.get().multiplier())));
                baseSalary = reward.get().baseSalary();
            }
        }
        if (each.isEmpty()) {
            return WORDS.text("article2.noMoney");
        }
        String sentence = String.join(", ", each);
        long total = recipients.stream().mapToLong(DecisionRecipient::amount).sum();
        return WORDS.text("article2.list", Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1),
                money.format(baseSalary), money.format(total), issuer.name());
    }

    private Optional<RewardAmount> reward(String awardCode, SubjectType type, LocalDate on) {
        return catalog.reward(awardCode, type, on);
    }

    private record Named(Long personId, long unitId, String name, String unitName) {
    }

    private Named named(DecisionDraft.Line line) {
        if (line.subjectType() == SubjectType.INDIVIDUAL) {
            var person = organization.person(line.subjectId());
            return new Named(person.id(), person.unitId(), person.fullName(), person.unitName());
        }
        if (line.subjectType() == SubjectType.HOUSEHOLD) {
            return new Named(null, line.subjectUnitId(), line.subjectName(),
                    organization.unit(line.subjectUnitId()).name());
        }
        UnitInfo unit = organization.unit(line.subjectId());
        UnitInfo parent = unit.parentId() == null ? unit : organization.unit(unit.parentId());
        return new Named(null, unit.id(), unit.name(), parent.name());
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
