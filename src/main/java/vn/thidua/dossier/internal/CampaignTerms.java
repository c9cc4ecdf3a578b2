package vn.thidua.dossier.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.DeadlineRelation;
import vn.thidua.campaign.Stage;

/** What a dossier's campaign sets for it: whether the campaign exists, and the last day a unit may send. */
@Component
class CampaignTerms {

    /** The step of a campaign's deadlines at which units send their dossiers. */
    private static final String UNIT_SUBMITS = "UNIT_SUBMITS";

    private final CampaignCatalog campaigns;

    CampaignTerms(CampaignCatalog campaigns) {
        this.campaigns = campaigns;
    }

    boolean exists(String campaignCode) {
        return campaigns.campaigns().stream().anyMatch(c -> c.code().equals(campaignCode));
    }

    /**
     * The last day to send a dossier of the campaign for the review year: the earliest sending deadline of the
     * stages reviewed that year («trước ngày 31/12» is the 30th). Empty when the campaign sets none.
     */
    Optional<LocalDate> lastDay(String campaignCode, int year) {
        if (campaignCode == null || !exists(campaignCode)) {
            return Optional.empty();
        }
        CampaignDefinition campaign = campaigns.campaign(campaignCode).definition();
        Set<String> stages = campaign.stages().stream().filter(s -> s.years() != null && s.years().contains(year))
                .map(Stage::code).collect(Collectors.toSet());
        return campaign.deadlines().stream()
                .filter(d -> UNIT_SUBMITS.equals(d.step()) && stages.contains(d.stage()))
                .map(d -> {
                    LocalDate date = d.dateFor(year);
                    return date == null ? null : d.relation() == DeadlineRelation.BEFORE ? date.minusDays(1) : date;
                })
                .filter(Objects::nonNull).min(Comparator.naturalOrder());
    }
}
