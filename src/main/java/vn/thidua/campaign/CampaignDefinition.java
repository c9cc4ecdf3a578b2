package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Phong trào, đợt thi đua as data: the whole definition of one campaign, read from a JSON file under
 * {@code src/main/resources/campaigns/} or written by the TĐKT office. The format is documented in
 * {@code docs/CAMPAIGNS.md}.
 *
 * @param code          stable identifier (upper case, digits, hyphens)
 * @param issuers       cơ quan phát động (two for a joint guidance)
 * @param document      the launching document
 * @param basis         documents it implements or rests on (căn cứ, thực hiện)
 * @param visionTo      tầm nhìn đến năm, null when none
 * @param ownerUnitCode the unit whose TĐKT office edits it; null = the province-wide office
 * @param launchedAt    cấp chủ trì phát động: the level of the launching body (PROVINCE for the province or its
 *                      steering committee, AGENCY for a Sở…), as the statistics form 0601 counts it; null for a
 *                      routing instruction that launches no movement
 * @param route         designations a campaign dossier passes through, in order, before the level that receives it
 *                      for the council (Tây Ninh: Sở Thông tin và Truyền thông, then the province); a designation not
 *                      yet bound to a unit is skipped
 */
public record CampaignDefinition(String code, CampaignKind kind, String title, String theme, String province,
        List<String> issuers, DocumentRef document, List<DocumentRef> basis, LocalDate startDate,
        LocalDate endDate, Integer visionTo, String ownerUnitCode, List<Participant> participants,
        List<Stage> stages, List<Criterion> criteria, List<AwardOffer> awards, List<Designation> designations,
        List<QuotaRule> quotas, List<Deadline> deadlines, List<Agency> agencies, String notes,
        vn.thidua.organization.UnitLevel launchedAt, List<String> route) {

    public CampaignDefinition {
        issuers = copy(issuers);
        basis = copy(basis);
        participants = copy(participants);
        stages = copy(stages);
        criteria = copy(criteria);
        awards = copy(awards);
        designations = copy(designations);
        quotas = copy(quotas);
        deadlines = copy(deadlines);
        agencies = copy(agencies);
        route = copy(route);
    }

    public java.util.Optional<Stage> stage(String stageCode) {
        return stages.stream().filter(stage -> stage.code().equals(stageCode)).findFirst();
    }

    public java.util.Optional<QuotaRule> quota(String quotaCode) {
        return quotas.stream().filter(quota -> quota.code().equals(quotaCode)).findFirst();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
