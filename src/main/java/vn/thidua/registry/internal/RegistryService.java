package vn.thidua.registry.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.decision.DecisionAnnulled;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.registry.AwardRecord;
import vn.thidua.registry.AwardRegistry;

/**
 * Keeps the sổ vàng. It records a decision's awards in the issuing transaction (a synchronous listener), so a
 * decision never exists without its registry rows.
 */
@Service
@Transactional(readOnly = true)
class RegistryService implements AwardRegistry {

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final HistoricalImport importer;

    RegistryService(JdbcTemplate jdbc, OrganizationDirectory organization, AccessControl access, AuditLog audit,
            HistoricalImport importer) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionIssued decision) {
        // collectives' awards are the achievement module's (khen thưởng của tập thể); the sổ vàng here is of people
        for (var recipient : decision.recipients().stream().filter(r -> r.personId() != null).toList()) {
            insert(recipient.personId(), decision.awardCode(), decision.awardName(), decision.numberSymbol(),
                    decision.issuedOn(), decision.issuerName(), recipient.goldenBookNumber(), decision.decisionId(),
                    AwardRecord.Source.DECISION);
        }
    }

    /** An annulled decision's awards stay in the sổ vàng, marked, and stop counting. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionAnnulled decision) {
        jdbc.update("update reg_award set annulled = true where decision_id = ?", decision.decisionId());
    }

    @Override
    public List<AwardRecord> history(long personId) {
        organization.person(personId);
        return jdbc.query("""
                select * from reg_award where person_id = ? order by decision_date desc, id desc
                """, (rs, n) -> new AwardRecord(rs.getLong("id"), rs.getLong("person_id"), rs.getString("award_code"),
                rs.getString("award_name"), rs.getInt("award_year"), rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("issuer_name"),
                (Integer) rs.getObject("golden_book_number"), (Long) rs.getObject("decision_id"),
                AwardRecord.Source.valueOf(rs.getString("source")), rs.getString("kind_code"),
                rs.getBoolean("annulled")), personId);
    }

    @Override
    @Transactional
    public long recordHistorical(long personId, String awardCode, String awardName, String decisionNumber,
            LocalDate decisionDate, String issuerName) {
        PersonInfo person = organization.person(personId);
        if (!access.isUnrestricted()) {
            access.require(person.unitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE, Role.ADMIN);
        }
        long id = insert(personId, awardCode, awardName, decisionNumber, decisionDate, issuerName, null, null,
                AwardRecord.Source.HISTORICAL);
        audit.record("award.historical", "AwardRecord", id, null,
                List.of(personId, awardName, decisionNumber, decisionDate.toString()), null);
        return id;
    }

    @Override
    @Transactional
    public int importHistorical(byte[] file, String reason) {
        List<HistoricalImport.Row> rows = importer.parse(file);
        for (HistoricalImport.Row row : rows) {
            long id = insert(row.personId(), row.awardCode(), row.awardName(), row.decisionNumber(),
                    row.decisionDate(), row.issuerName(), null, null, AwardRecord.Source.HISTORICAL, row.year(),
                    row.kindCode());
            audit.record("award.historical.import", "AwardRecord", id, null, row, reason);
        }
        return rows.size();
    }

    private long insert(long personId, String awardCode, String awardName, String decisionNumber,
            LocalDate decisionDate, String issuerName, Integer goldenBookNumber, Long decisionId,
            AwardRecord.Source source) {
        return insert(personId, awardCode, awardName, decisionNumber, decisionDate, issuerName, goldenBookNumber,
                decisionId, source, decisionDate.getYear(), null);
    }

    private long insert(long personId, String awardCode, String awardName, String decisionNumber,
            LocalDate decisionDate, String issuerName, Integer goldenBookNumber, Long decisionId,
            AwardRecord.Source source, int year, String kindCode) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into reg_award (person_id, award_code, award_name, award_year, decision_number,
                        decision_date, issuer_name, golden_book_number, decision_id, source, kind_code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, new String[] {"id"});
            statement.setLong(1, personId);
            statement.setString(2, awardCode);
            statement.setString(3, awardName);
            statement.setInt(4, year);
            statement.setString(5, decisionNumber);
            statement.setDate(6, Date.valueOf(decisionDate));
            statement.setString(7, issuerName);
            statement.setObject(8, goldenBookNumber);
            statement.setObject(9, decisionId);
            statement.setString(10, source.name());
            statement.setString(11, kindCode);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
