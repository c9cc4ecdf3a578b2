package vn.thidua.campaign;

import java.util.List;

/** Reads campaigns. Any signed-in user may read them: the participants must know the rules. */
public interface CampaignCatalog {

    List<CampaignSummary> campaigns();

    CampaignView campaign(String code);

    /** The definition as its JSON document (the format of the shipped files), for export and the editor. */
    String definitionJson(String code);
}
