package vn.thidua.dossier.internal;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.catalog.SubjectType;
import vn.thidua.document.DocumentRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.dossier.AchievementReports;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.DossierView;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorSnapshots;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.Scorecards;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.registry.AwardRecord;
import vn.thidua.registry.AwardRegistry;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/**
 * Drafts a nominee's achievement report: its form number by award, kind (thematic for a campaign dossier, merit
 * otherwise) and date; the profile; the achievement stated in the dossier with the unit's indicator values (as frozen
 * at sending, or as they stand for a draft); the awards of the sổ vàng (an individual's, not annulled).
 */
@Service
@Transactional(readOnly = true)
class AchievementReportService implements AchievementReports {

    private static final Wording WORDS = Wording.load("/dossier/achievement-report.properties");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierManagement dossiers;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final AwardRegistry registry;
    private final IndicatorSnapshots snapshots;
    private final IndicatorValues values;
    private final Scorecards scorecards;
    private final DocumentRenderer renderer;
    private final Clock clock;

    AchievementReportService(DossierManagement dossiers, OrganizationDirectory organization, AwardCatalog catalog,
            AwardRegistry registry, IndicatorSnapshots snapshots, IndicatorValues values, Scorecards scorecards,
            DocumentRenderer renderer, Clock clock) {
        this.dossiers = dossiers;
        this.organization = organization;
        this.catalog = catalog;
        this.registry = registry;
        this.snapshots = snapshots;
        this.values = values;
        this.scorecards = scorecards;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public byte[] docx(long dossierId, long nomineeId) {
        return renderer.renderDocx(report(dossierId, nomineeId));
    }

    @Override
    public byte[] pdf(long dossierId, long nomineeId) {
        return renderer.renderPdf(report(dossierId, nomineeId));
    }

    private OfficialDocument report(long dossierId, long nomineeId) {
        DossierView dossier = dossiers.dossier(dossierId);
        DossierView.Nominee nominee = dossier.nominees().stream().filter(n -> n.id() == nomineeId).findFirst()
                .orElseThrow(() -> new NotFoundException("nominee", nomineeId));
        LocalDate today = LocalDate.now(clock);
        String kind = dossier.campaignCode() != null ? "PHONG_TRAO" : "CONG_TRANG";
        String form = catalog.fact(dossier.awardCode(), AwardFact.Attribute.REPORT_FORM, kind, today)
                .map(AwardFact::value).orElse("");
        UnitInfo proposing = organization.unit(dossier.proposingUnitId());
        List<OfficialDocument.Block> body = new ArrayList<>();
        if (!form.isEmpty()) {
            body.add(new OfficialDocument.Paragraph(WORDS.text("form", form)));
        }
        body.add(new OfficialDocument.Paragraph(WORDS.text("section.profile")));
        Long unitId = profile(body, nominee);
        body.add(new OfficialDocument.Paragraph(WORDS.text("section.achievements")));
        body.add(new OfficialDocument.Paragraph(WORDS.text("achievement.summary",
                String.valueOf(dossier.achievementYear()), nominee.achievement())));
        if (unitId != null) {
            indicators(body, nominee, unitId, dossier.achievementYear());
        }
        body.add(new OfficialDocument.Paragraph(WORDS.text("section.awards")));
        awards(body, nominee);
        return new OfficialDocument(null, proposing.name().toUpperCase(VietnameseText.VIETNAMESE),
                WORDS.text("number", String.valueOf(proposing.abbreviation())),
                proposing.placeName(), today, WORDS.text("typeName"), WORDS.text("summary", dossier.awardName()),
                null, List.of(), null, null, List.of(),
                new OfficialDocument.SignatureBlock(List.of(), WORDS.text("signer"),
                        nominee.type() == SubjectType.INDIVIDUAL ? nominee.name() : WORDS.text("signature")),
                List.of(), body, null);
    }

    /** Writes the profile; returns the unit whose indicators the report shows (null for a household). */
    private Long profile(List<OfficialDocument.Block> body, DossierView.Nominee nominee) {
        if (nominee.type() == SubjectType.INDIVIDUAL && nominee.subjectId() != null) {
            PersonInfo person = organization.person(nominee.subjectId());
            body.add(new OfficialDocument.Paragraph(WORDS.text("profile.person", person.fullName(),
                    WORDS.text("gender." + person.gender().name()), person.birthDate() == null ? ""
                            : person.birthDate().format(DATE), person.position() == null ? "" : person.position(),
                    person.unitName())));
            return person.unitId();
        }
        if (nominee.type() == SubjectType.COLLECTIVE && nominee.subjectId() != null) {
            UnitInfo unit = organization.unit(nominee.subjectId());
            String parent = unit.parentId() == null ? "" : organization.unit(unit.parentId()).name();
            body.add(new OfficialDocument.Paragraph(WORDS.text("profile.unit", unit.name(), parent)));
            return unit.id();
        }
        body.add(new OfficialDocument.Paragraph(WORDS.text("profile.household", nominee.name())));
        return null;
    }

    private void indicators(List<OfficialDocument.Block> body, DossierView.Nominee nominee, long unitId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        var frozen = snapshots.snapshot(nominee.snapshotReference());
        List<IndicatorValue> shown = frozen.map(IndicatorSnapshots.Snapshot::values).orElseGet(() ->
                scorecards.definitions().stream().map(d -> values.value(d.code(), unitId, from, to))
                        .flatMap(java.util.Optional::stream).toList());
        if (shown.isEmpty()) {
            body.add(new OfficialDocument.Paragraph(WORDS.text("achievement.noIndicators", String.valueOf(year))));
            return;
        }
        body.add(new OfficialDocument.Paragraph(WORDS.text("achievement.indicators", String.valueOf(year),
                WORDS.text(frozen.isPresent() ? "achievement.frozen" : "achievement.live"))));
        var names = scorecards.definitions().stream().collect(java.util.stream.Collectors.toMap(
                IndicatorDefinition::code, IndicatorDefinition::name));
        body.add(new OfficialDocument.Table(List.of(WORDS.text("heading.indicator"), WORDS.text("heading.value"),
                WORDS.text("heading.source")), shown.stream().map(v -> List.of(names.getOrDefault(v.code(), v.code()),
                "PERCENT".equals(v.unitOfMeasure()) ? WORDS.text("percent", v.value().setScale(1, RoundingMode.HALF_UP)
                        .toPlainString().replace('.', ',')) : v.value().stripTrailingZeros().toPlainString(),
                v.legalSource())).toList()));
    }

    private void awards(List<OfficialDocument.Block> body, DossierView.Nominee nominee) {
        List<AwardRecord> history = nominee.type() == SubjectType.INDIVIDUAL && nominee.subjectId() != null
                ? registry.history(nominee.subjectId()).stream().filter(r -> !r.annulled()).toList() : List.of();
        if (history.isEmpty()) {
            body.add(new OfficialDocument.Paragraph(WORDS.text("awards.none")));
            return;
        }
        body.add(new OfficialDocument.Table(List.of(WORDS.text("heading.year"), WORDS.text("heading.award"),
                WORDS.text("heading.decision")), history.stream().map(r -> List.of(String.valueOf(r.year()),
                r.awardName(), WORDS.text("decision", r.decisionNumber(), r.decisionDate().format(DATE),
                        r.issuerName()))).toList()));
    }
}
