package vn.thidua.campaign;

/**
 * Creates and edits campaigns: the TĐKT office over the owner unit. Each change names the reason, is checked whole
 * before anything is written, and is audited; an edit names the version it was made on.
 */
public interface CampaignManagement {

    /** Creates a campaign from its JSON definition; returns its code. */
    String create(String definitionJson, String reason);

    /** Replaces the definition; refused when the stored version is not {@code expectedVersion}. */
    CampaignView update(String code, long expectedVersion, String definitionJson, String reason);
}
