package vn.thidua.dossier.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.CampaignQuotas;
import vn.thidua.campaign.Channel;
import vn.thidua.campaign.DeadlineRelation;
import vn.thidua.campaign.Designation;
import vn.thidua.campaign.Stage;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;

/**
 * What a dossier's campaign sets for it: whether the campaign exists, the last day a unit may send, and places in
 * the campaign's quotas, taken when the dossier is sent (in the sending transaction, so that a full quota refuses
 * the sending and nothing is half-done) and given back when the appraisal finds a nominee ineligible.
 */
@Component
class CampaignTerms {

    /** The step of a campaign's deadlines at which units send their dossiers. */
    private static final String UNIT_SUBMITS = "UNIT_SUBMITS";

    private final CampaignCatalog campaigns;
    private final CampaignQuotas quotas;
    private final OrganizationDirectory organization;

    CampaignTerms(CampaignCatalog campaigns, CampaignQuotas quotas, OrganizationDirectory organization) {
        this.campaigns = campaigns;
        this.quotas = quotas;
        this.organization = organization;
    }

    void reservePlaces(Dossier dossier) {
        stage(dossier.campaignCode(), dossier.achievementYear()).ifPresent(stage -> {
            for (DossierNominee nominee : dossier.nominees()) {
                if (nominee.unitId() != null && nominee.reservationId() == null
                        && !"INELIGIBLE".equals(nominee.appraisal())) {
                    nominee.reserved(quotas.reserve(new CampaignQuotas.ReservationRequest(dossier.campaignCode(),
                            stage, dossier.achievementYear(), nominee.unitId(), nominee.type(), dossier.awardCode(),
                            null, "dossier-nominee-" + nominee.id())).id());
                }
            }
        });
    }

    void releasePlace(DossierNominee nominee, String reason) {
        if (nominee.reservationId() != null) {
            quotas.release(nominee.reservationId(), reason);
            nominee.reserved(null);
        }
    }

    boolean exists(String campaignCode) {
        return campaigns.campaigns().stream().anyMatch(c -> c.code().equals(campaignCode));
    }

    /**
     * Refuses a unit's own online sending when every offer of the award in the campaign travels on paper (or on paper
     * to the TĐKT office, which files it online itself: Lâm Đồng's Cờ thi đua, seed 000); the office records it.
     */
    void requireOnlineByUnit(Dossier dossier) {
        if (dossier.campaignCode() == null || !exists(dossier.campaignCode())) {
            return;
        }
        List<Channel> channels = campaigns.campaign(dossier.campaignCode()).definition().awards().stream()
                .filter(offer -> offer.awardCode().equals(dossier.awardCode()) && offer.routing() != null)
                .map(offer -> offer.routing().channel()).toList();
        boolean paperOnly = !channels.isEmpty() && channels.stream()
                .allMatch(c -> c == Channel.PAPER || c == Channel.PAPER_THEN_OFFICE_ONLINE);
        if (paperOnly) {
            throw new BusinessRuleException("error.dossier.paperRoute", "channel", dossier.campaignCode());
        }
    }

    /** The units of the campaign's route whose designation the office has bound to a unit, in order. */
    List<Long> routeUnits(String campaignCode) {
        if (campaignCode == null || !exists(campaignCode)) {
            return List.of();
        }
        CampaignDefinition campaign = campaigns.campaign(campaignCode).definition();
        return campaign.route().stream()
                .flatMap(code -> campaign.designations().stream().filter(d -> d.code().equals(code)))
                .map(Designation::unitCode).filter(Objects::nonNull)
                .map(organization::unitByCode).flatMap(Optional::stream).map(UnitInfo::id).toList();
    }

    /** The stage of the campaign reviewed in the year (the first one listed), if any. */
    Optional<String> stage(String campaignCode, int year) {
        if (campaignCode == null || !exists(campaignCode)) {
            return Optional.empty();
        }
        return campaigns.campaign(campaignCode).definition().stages().stream()
                .filter(s -> s.years() != null && s.years().contains(year)).map(Stage::code).findFirst();
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
