package vn.thidua.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An award as published (công khai): the awardee's name and unit, the award, the decision and the campaign it came
 * through (null outside any). Nothing else about a person leaves the system through the public pages and open data.
 */
public record PublicAward(String decisionNumber, LocalDate decisionDate, String issuerName, String awardName,
        int goldenBookNumber, String recipientName, String recipientUnit, String campaignCode) {

    /** The awards grouped by decision, in their order (an honour board shows a table per decision). */
    public static Map<String, List<PublicAward>> byDecision(List<PublicAward> awards) {
        Map<String, List<PublicAward>> grouped = new LinkedHashMap<>();
        awards.forEach(award -> grouped.computeIfAbsent(award.decisionNumber(), number -> new ArrayList<>())
                .add(award));
        return grouped;
    }
}
