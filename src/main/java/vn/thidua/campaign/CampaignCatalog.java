package vn.thidua.campaign;

import java.util.List;
import java.util.Optional;

/** Reads campaigns. Any signed-in user may read them: the participants must know the rules. */
public interface CampaignCatalog {

    List<CampaignSummary> campaigns();

    CampaignView campaign(String code);

    /**
     * The summary of a campaign (title, issuer, document), readable without sign-in like the published plan itself,
     * for the campaign's public honour board.
     */
    Optional<CampaignSummary> publicSummary(String code);

    /** The definition as its JSON document (the format of the shipped files), for export and the editor. */
    String definitionJson(String code);
}
