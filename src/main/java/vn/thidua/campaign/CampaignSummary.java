package vn.thidua.campaign;

import java.time.LocalDate;

/** One line of the campaign list. */
public record CampaignSummary(String code, CampaignKind kind, String title, String issuer, String documentNumber,
        String issued, LocalDate startDate, LocalDate endDate, long version) {
}
