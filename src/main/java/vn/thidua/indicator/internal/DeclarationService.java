package vn.thidua.indicator.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.indicator.IndicatorDeclarations;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.FileType;
import vn.thidua.shared.NotFoundException;

/**
 * Declarations of indicators with evidence: declared by the unit's officer, accepted or returned by the TĐKT office
 * over the unit. A reviewed declaration is final; a returned one is corrected by declaring again.
 */
@Service
@Transactional(readOnly = true)
class DeclarationService implements IndicatorDeclarations {

    private final JdbcTemplate jdbc;
    private final Definitions definitions;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxEvidenceBytes;

    DeclarationService(JdbcTemplate jdbc, Definitions definitions, OrganizationDirectory organization,
            AccessControl access, AuditLog audit, Clock clock,
            @Value("${thidua.indicator.max-evidence-bytes}") long maxEvidenceBytes) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    @Override
    @Transactional
    public long declare(NewDeclaration d) {
        access.require(d.unitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE);
        if (d.periodFrom() == null || d.periodTo() == null || d.periodFrom().isAfter(d.periodTo())) {
            throw new BusinessRuleException("error.indicator.period", "periodTo");
        }
        Definitions.Definition definition = definitions.inForce(d.indicatorCode(), d.periodTo())
                .filter(Definitions.Definition::declared)
                .orElseThrow(() -> new BusinessRuleException("error.indicator.notDeclared", "indicatorCode",
                        String.valueOf(d.indicatorCode())));
        checkValue(definition, d.value());
        FileType type = FileType.accept(d.evidenceName(), d.evidence(), maxEvidenceBytes, "evidence");
        String name = d.evidenceName().strip();
        byte[] content = d.evidence();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into ind_declaration (indicator_code, unit_id, period_from, period_to, declared_value, note,
                        evidence_name, evidence_type, evidence, status, declared_by, declared_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DECLARED', ?, ?, 0)""", new String[] {"id"});
            statement.setString(1, definition.code());
            statement.setLong(2, d.unitId());
            statement.setObject(3, d.periodFrom());
            statement.setObject(4, d.periodTo());
            statement.setBigDecimal(5, d.value());
            statement.setString(6, d.note() == null || d.note().isBlank() ? null : d.note().strip());
            statement.setString(7, name);
            statement.setString(8, type.contentType());
            statement.setBytes(9, content);
            statement.setString(10, actor());
            statement.setTimestamp(11, Timestamp.from(clock.instant()));
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        audit.record("indicator.declare", "Declaration", id, null,
                List.of(definition.code(), d.unitId(), d.periodFrom(), d.periodTo(), d.value(), name), null);
        return id;
    }

    @Override
    @Transactional
    public void accept(long id, long expectedVersion) {
        review(id, expectedVersion, Status.ACCEPTED, null);
    }

    @Override
    @Transactional
    public void returnToUnit(long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.indicator.reason", "reason");
        }
        review(id, expectedVersion, Status.RETURNED, reason.strip());
    }

    @Override
    public List<Declaration> visible(Status status) {
        StringBuilder sql = new StringBuilder("select d.*, u.name as unit_name from ind_declaration d "
                + "join org_unit u on u.id = d.unit_id where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" and d.status = ?");
            args.add(status.name());
        }
        sql.append(" order by d.declared_at desc, d.id desc");
        Set<Long> scope = access.isUnrestricted() ? null : organization.subtree(access.scopeRoots(Role.values()));
        return jdbc.query(sql.toString(), DECLARATION, args.toArray()).stream()
                .filter(d -> scope == null || scope.contains(d.unitId())).toList();
    }

    @Override
    public Evidence evidence(long id) {
        Declaration declaration = load(id);
        access.require(declaration.unitId(), Role.values());
        return jdbc.queryForObject("select evidence_name, evidence_type, evidence from ind_declaration where id = ?",
                (rs, row) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
    }

    /** The accepted value for the unit whose period overlaps [from, to], the latest period first. */
    Optional<BigDecimal> acceptedValue(String code, long unitId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select declared_value from ind_declaration where indicator_code = ? and unit_id = ?
                  and status = 'ACCEPTED' and period_from <= ? and period_to >= ?
                order by period_to desc, reviewed_at desc""", (rs, row) -> rs.getBigDecimal(1), code, unitId, to,
                from).stream().findFirst();
    }

    private void review(long id, long expectedVersion, Status outcome, String reason) {
        Declaration declaration = load(id);
        access.require(declaration.unitId(), Role.TDKT_OFFICE);
        if (declaration.status() != Status.DECLARED) {
            throw new BusinessRuleException("error.indicator.reviewed", "status", declaration.status().name());
        }
        int changed = jdbc.update("""
                update ind_declaration set status = ?, reviewed_by = ?, reviewed_at = ?, review_reason = ?,
                    version = version + 1 where id = ? and version = ?""", outcome.name(), actor(),
                Timestamp.from(clock.instant()), reason, id, expectedVersion);
        if (changed == 0) {
            throw new OptimisticLockingFailureException("declaration " + id + " changed since version "
                    + expectedVersion);
        }
        audit.record("indicator.review", "Declaration", id, declaration.status(), outcome, reason);
    }

    private static void checkValue(Definitions.Definition definition, BigDecimal value) {
        boolean valid = value != null && switch (definition.unitOfMeasure()) {
            case "RANK" -> value.signum() > 0 && value.stripTrailingZeros().scale() <= 0;
            case "PERCENT" -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            default -> value.signum() >= 0;
        };
        if (!valid) {
            throw new BusinessRuleException("error.indicator.declaredValue", "value", String.valueOf(value),
                    definition.unitOfMeasure());
        }
    }

    private Declaration load(long id) {
        return jdbc.query("select d.*, u.name as unit_name from ind_declaration d join org_unit u on u.id = d.unit_id "
                + "where d.id = ?", DECLARATION, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("declaration", id));
    }

    private String actor() {
        return access.currentActor().username();
    }

    private static final RowMapper<Declaration> DECLARATION = (rs, row) -> new Declaration(rs.getLong("id"),
            rs.getString("indicator_code"), rs.getLong("unit_id"), rs.getString("unit_name"),
            rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            rs.getBigDecimal("declared_value"), rs.getString("note"), rs.getString("evidence_name"),
            Status.valueOf(rs.getString("status")), rs.getString("declared_by"),
            rs.getTimestamp("declared_at").toInstant(), rs.getString("reviewed_by"), rs.getString("review_reason"),
            rs.getLong("version"));
}
