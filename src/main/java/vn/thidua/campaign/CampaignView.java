package vn.thidua.campaign;

import java.time.Instant;

/**
 * A stored campaign: its definition with the version an edit must name (optimistic locking), where it came from
 * (FILE = shipped definition, OFFICE = created in the UI) and whether the office changed a shipped one.
 */
public record CampaignView(long id, String code, long version, String origin, boolean editedInUi,
        Instant updatedAt, String updatedBy, CampaignDefinition definition) {
}
