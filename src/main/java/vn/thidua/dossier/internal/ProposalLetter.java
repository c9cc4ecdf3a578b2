package vn.thidua.dossier.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.catalog.LegalBasis;
import vn.thidua.document.OfficialDocument;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/**
 * Tờ trình đề nghị khen thưởng of a dossier in the ND 30/2020 layout: addressed to the head of the receiving level,
 * citing the legal bases in force, listing every nominee with the achievement stated, signed by the proposing
 * unit's head. It carries the number the unit's register gave it when the dossier was sent, or a blank number
 * before that.
 */
final class ProposalLetter {

    static final Wording WORDS = Wording.load("/dossier/proposal-letter.properties");

    private ProposalLetter() {
    }

    record Line(String name, String unit, String achievement) {
    }

    static OfficialDocument of(UnitInfo proposing, UnitInfo parent, UnitInfo receiving, String awardName,
            int achievementYear, String number, LocalDate date, List<LegalBasis> bases, List<Line> lines,
            String signerTitle, String signerName) {
        String addressee = receiving.headTitle() + " " + receiving.nameInText();
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new OfficialDocument.Paragraph(WORDS.text("addressee", addressee)));
        body.add(new OfficialDocument.Paragraph(WORDS.text("request", achievementYear, proposing.name(), addressee,
                awardName, lines.size())));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            rows.add(List.of(String.valueOf(i + 1), line.name(), line.unit(), line.achievement()));
        }
        body.add(new OfficialDocument.Table(List.of(WORDS.text("heading.number"), WORDS.text("heading.nominee"),
                WORDS.text("heading.unit"), WORDS.text("heading.achievement")), rows));
        body.add(new OfficialDocument.Paragraph(WORDS.text("closing", addressee)));
        return new OfficialDocument(parent == null ? null : parent.name().toUpperCase(VietnameseText.VIETNAMESE),
                proposing.name().toUpperCase(VietnameseText.VIETNAMESE),
                number != null ? number : WORDS.text("blankNumber", String.valueOf(proposing.abbreviation())),
                proposing.placeName(), date, WORDS.text("typeName"), WORDS.text("summary", awardName), null,
                bases.stream().map(basis -> WORDS.text("legalBasis", basis.citation())).toList(), null, null,
                List.of(), new OfficialDocument.SignatureBlock(List.of(), signerTitle, signerName),
                List.of(WORDS.text("recipient.above"),
                        WORDS.text("recipient.archive", String.valueOf(proposing.abbreviation()))),
                body, null);
    }
}
