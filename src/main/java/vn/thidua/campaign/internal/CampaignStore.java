package vn.thidua.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.CampaignSummary;

/** Campaign rows: the JSON definition plus the columns the list and the authorization need. */
@Repository
class CampaignStore {

    private static final String COLUMNS = "id, code, definition, origin, source_file, source_checksum, edited_in_ui,"
            + " owner_unit_id, version, updated_at, updated_by";

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCampaign> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from camp_campaign where code = ?").param(code)
                .query(CampaignStore::row).optional();
    }

    /** Locks the row for the rest of the transaction (edits and seed loading serialise on it). */
    Optional<StoredCampaign> lock(String code) {
        return jdbc.sql("select " + COLUMNS + " from camp_campaign where code = ? for update").param(code)
                .query(CampaignStore::row).optional();
    }

    List<StoredCampaign> all() {
        return jdbc.sql("select " + COLUMNS + " from camp_campaign order by start_date desc nulls last, code")
                .query(CampaignStore::row).list();
    }

    long insert(CampaignDefinition d, String json, String origin, String sourceFile, String checksum,
            Long ownerUnitId, String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into camp_campaign (code, kind, title, issuer, document_number, issued, start_date,"
                + " end_date, owner_unit_id, definition, origin, source_file, source_checksum, edited_in_ui, version,"
                + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)")
                .params(d.code(), d.kind().name(), d.title(), String.join("; ", d.issuers()), d.document().number(),
                        d.document().issued(), d.startDate(), d.endDate(), ownerUnitId, json, origin, sourceFile,
                        checksum, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces the definition if the row is still at {@code expectedVersion}; false when someone was faster. */
    boolean update(long id, long expectedVersion, CampaignDefinition d, String json, String sourceChecksum,
            boolean editedInUi, Long ownerUnitId, String actor, Instant now) {
        return jdbc.sql("update camp_campaign set kind = ?, title = ?, issuer = ?, document_number = ?, issued = ?,"
                + " start_date = ?, end_date = ?, owner_unit_id = ?, definition = ?, source_checksum = ?,"
                + " edited_in_ui = ?, version = version + 1, updated_at = ?, updated_by = ?"
                + " where id = ? and version = ?")
                .params(d.kind().name(), d.title(), String.join("; ", d.issuers()), d.document().number(),
                        d.document().issued(), d.startDate(), d.endDate(), ownerUnitId, json, sourceChecksum,
                        editedInUi, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor, id, expectedVersion)
                .update() == 1;
    }

    static CampaignSummary summary(CampaignDefinition d, long version) {
        return new CampaignSummary(d.code(), d.kind(), d.title(), String.join("; ", d.issuers()),
                d.document().number(), d.document().issued(), d.startDate(), d.endDate(), version);
    }

    private static StoredCampaign row(ResultSet rs, int n) throws SQLException {
        long owner = rs.getLong("owner_unit_id");
        Long ownerUnit = rs.wasNull() ? null : owner;
        Timestamp updated = rs.getTimestamp("updated_at");
        return new StoredCampaign(rs.getLong("id"), rs.getString("code"), rs.getString("definition"),
                rs.getString("origin"), rs.getString("source_file"), rs.getString("source_checksum"),
                rs.getBoolean("edited_in_ui"), ownerUnit, rs.getLong("version"), updated.toInstant(),
                rs.getString("updated_by"));
    }
}
