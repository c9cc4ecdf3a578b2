package vn.thidua.campaign.internal;

import java.time.Instant;

/** A row of camp_campaign as the store reads it. */
record StoredCampaign(long id, String code, String definition, String origin, String sourceFile,
        String sourceChecksum, boolean editedInUi, Long ownerUnitId, long version, Instant updatedAt,
        String updatedBy) {
}
