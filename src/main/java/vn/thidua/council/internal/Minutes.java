package vn.thidua.council.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.council.Attendance;
import vn.thidua.council.SessionView;
import vn.thidua.document.OfficialDocument;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/**
 * Biên bản họp và kiểm phiếu of a closed session in the ND 30/2020 layout: who attended, the rules, recusals, the
 * count per nominee against its threshold on the total membership, signed by the secretary and the chair.
 */
final class Minutes {

    private static final Wording WORDS = Wording.load("/council/minutes.properties");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Minutes() {
    }

    static OfficialDocument of(SessionView session, UnitInfo council, String secretary,
            Map<String, String> awardNames) {
        int total = session.members().size();
        String chair = session.members().stream().filter(SessionView.Member::chair).findFirst()
                .map(SessionView.Member::fullName).orElseThrow();
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(paragraph(WORDS.text("time", DAY.format(session.heldOn()), council.placeName())));
        body.add(paragraph(WORDS.text("members", total, count(session, Attendance.PRESENT),
                count(session, Attendance.WRITTEN), count(session, Attendance.ABSENT))));
        body.add(paragraph(WORDS.text("chair", chair)));
        body.add(paragraph(WORDS.text("secretary", secretary)));
        body.add(paragraph(WORDS.text("rules", session.presenceNeeded(), session.rulesSource())));
        for (SessionView.Item item : session.items()) {
            for (long recused : item.recusedMemberIds()) {
                body.add(paragraph(WORDS.text("recusal", memberName(session, recused), item.nomineeName())));
            }
        }
        session.quotas().forEach((award, places) -> body.add(paragraph(WORDS.text("quota",
                awardNames.getOrDefault(award, award), places))));
        long written = session.members().stream().filter(m -> m.voted() && m.attendance() == Attendance.WRITTEN)
                .count();
        body.add(paragraph(WORDS.text("content", session.items().size(), session.ballotsCast(), written)));

        List<List<String>> rows = new ArrayList<>();
        for (SessionView.Item item : session.items()) {
            rows.add(List.of(String.valueOf(item.position()), item.nomineeName(),
                    awardNames.getOrDefault(item.awardCode(), item.awardCode()), String.valueOf(item.yes()),
                    String.valueOf(item.no()), String.valueOf(item.blank()),
                    WORDS.text("share", item.yes(), total, percent(item.yes(), total)),
                    item.yesNeeded() + "/" + total, WORDS.text("outcome." + item.outcome())));
        }
        List<String> headings = List.of(WORDS.text("heading.number"), WORDS.text("heading.nominee"),
                WORDS.text("heading.award"), WORDS.text("heading.yes"), WORDS.text("heading.no"),
                WORDS.text("heading.blank"), WORDS.text("heading.share"), WORDS.text("heading.threshold"),
                WORDS.text("heading.result"));
        body.add(new OfficialDocument.Table(headings, rows));
        body.add(paragraph(WORDS.text("closing")));
        return new OfficialDocument(council.name().toUpperCase(VietnameseText.VIETNAMESE), WORDS.text("issuingBody"),
                WORDS.text("numberSymbol"), council.placeName(), session.heldOn(), WORDS.text("typeName"),
                WORDS.text("summary", session.title()), null, List.of(), null, null, List.of(),
                new OfficialDocument.SignatureBlock(List.of(), WORDS.text("chairTitle"), chair), List.of(),
                body,
                new OfficialDocument.SignatureBlock(List.of(), WORDS.text("secretaryTitle"), secretary));
    }

    private static OfficialDocument.Paragraph paragraph(String text) {
        return new OfficialDocument.Paragraph(text);
    }

    private static long count(SessionView session, Attendance attendance) {
        return session.members().stream().filter(member -> member.attendance() == attendance).count();
    }

    private static String memberName(SessionView session, long memberId) {
        return session.members().stream().filter(member -> member.id() == memberId).findFirst()
                .map(SessionView.Member::fullName).orElse(String.valueOf(memberId));
    }

    /** Display only: one decimal, the vote itself was decided on exact fractions. */
    private static String percent(int yes, int total) {
        return BigDecimal.valueOf(100L * yes).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }
}
