package vn.thidua.registry;

import java.time.LocalDate;

/**
 * An award as published (công khai): the awardee's name and unit, the award and the decision. Nothing else about a
 * person leaves the system through the public pages and open data.
 */
public record PublicAward(String decisionNumber, LocalDate decisionDate, String issuerName, String awardName,
        int goldenBookNumber, String recipientName, String recipientUnit) {
}
