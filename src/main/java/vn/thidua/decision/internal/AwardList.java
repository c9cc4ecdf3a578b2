package vn.thidua.decision.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.catalog.AwardType;
import vn.thidua.document.OfficialDocument;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/**
 * Danh sách khen thưởng kèm theo quyết định: one row per awardee in sổ vàng order, with the money and its total;
 * and the award's name with its grantor, which every decision prints.
 */
final class AwardList {

    /** The wording of award decisions, shared by decisions for one person and decisions with a list. */
    static final Wording WORDS = Wording.load("/decision/award-decision.properties");

    private AwardList() {
    }

    /**
     * «Giấy khen của Giám đốc Sở Giao thông vận tải»: the award named with its grantor, which the catalogue gives
     * already worded («Bằng khen» + «của Chủ tịch Ủy ban nhân dân tỉnh») or which the issuer's head makes.
     */
    static String awardName(AwardType award, UnitInfo issuer) {
        if (award.grantorTitle() != null) {
            return award.nameWithGrantor();
        }
        return WORDS.text("awardWithGrantor", award.name(), issuer.headTitle() + " " + issuer.nameInText());
    }

    static List<OfficialDocument.Block> blocks(Decision decision) {
        if (!decision.withList()) {
            return List.of();
        }
        NumberFormat money = NumberFormat.getIntegerInstance(VietnameseText.VIETNAMESE);
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (DecisionRecipient recipient : decision.recipients()) {
            rows.add(List.of(String.valueOf(recipient.goldenBookNumber()), recipient.fullName(),
                    recipient.unitName(), recipient.achievement() == null ? "" : recipient.achievement(),
                    money.format(recipient.amount())));
            total += recipient.amount();
        }
        rows.add(List.of("", WORDS.text("list.total"), "", "", money.format(total)));
        return List.of(new OfficialDocument.Paragraph(WORDS.text("list.heading")),
                new OfficialDocument.Table(List.of(WORDS.text("list.number"), WORDS.text("list.name"),
                        WORDS.text("list.unit"), WORDS.text("list.achievement"), WORDS.text("list.amount")), rows));
    }
}
