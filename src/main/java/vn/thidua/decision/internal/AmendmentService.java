package vn.thidua.decision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.decision.DecisionAmendments;
import vn.thidua.decision.DecisionCorrected;
import vn.thidua.decision.DecisionManagement;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/** Records corrections and annulments beside the decision, which stays as it was signed. */
@Service
@Transactional(readOnly = true)
class AmendmentService implements DecisionAmendments {

    private final Decisions decisions;
    private final DecisionManagement management;
    private final JdbcTemplate jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    AmendmentService(Decisions decisions, DecisionManagement management, JdbcTemplate jdbc, AccessControl access,
            AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.management = management;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void annul(long decisionId, long expectedVersion, String reference, String reason) {
        Decision decision = amendable(decisionId, expectedVersion);
        String ref = required(reference, "reference", 200);
        String why = required(reason, "reason", 2000);
        decision.annul(ref, why);
        decisions.saveAndFlush(decision);
        record(decisionId, Kind.ANNULMENT, ref, why, null, null, null);
        audit.record("decision.annul", "Decision", decisionId, false, true, why);
    }

    @Override
    @Transactional
    public void correctRecipientName(long decisionId, long expectedVersion, int position, String correctedName,
            String reference, String reason) {
        Decision decision = amendable(decisionId, expectedVersion);
        String name = required(correctedName, "correctedName", 255);
        String ref = required(reference, "reference", 200);
        String why = required(reason, "reason", 2000);
        DecisionCorrected corrected = decision.correctName(position, name, ref);
        decisions.saveAndFlush(decision);
        record(decisionId, Kind.CORRECTION, ref, why, position, corrected.oldName(), name);
        audit.record("decision.correct", "Decision", decisionId, corrected.oldName(), name, why);
    }

    @Override
    public List<Amendment> amendments(long decisionId) {
        management.decision(decisionId);
        return jdbc.query("select * from dec_amendment where decision_id = ? order by recorded_at, id",
                (rs, row) -> new Amendment(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("reference"), rs.getString("reason"), (Integer) rs.getObject("recipient_position"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()), decisionId);
    }

    /** The issuer's signing leader or TĐKT office records what the amending document orders. */
    private Decision amendable(long decisionId, long expectedVersion) {
        Decision decision = decisions.findById(decisionId)
                .orElseThrow(() -> new NotFoundException("decision", decisionId));
        access.require(decision.issuerUnitId(), Role.SIGNING_LEADER, Role.TDKT_OFFICE);
        decision.expectVersion(expectedVersion);
        return decision;
    }

    private void record(long decisionId, Kind kind, String reference, String reason, Integer position,
            String oldValue, String newValue) {
        jdbc.update("""
                insert into dec_amendment (decision_id, kind, reference, reason, recipient_position, old_value, new_value,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", decisionId, kind.name(), reference,
                reason, position, oldValue, newValue, access.currentActor().username(), Timestamp.from(clock.instant()));
    }

    private static String required(String value, String field, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new BusinessRuleException("error.decision.amendmentField", field, maxLength);
        }
        return text;
    }
}
