package vn.thidua.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Khai báo chỉ tiêu: a unit declares the value of an indicator that no dossier computes (DTI rank, work files
 * handled online, reports on time) with its evidence; the provincial TĐKT office accepts it or returns it with a
 * reason. Only accepted values count, through {@link IndicatorValues}.
 */
public interface IndicatorDeclarations {

    enum Status {
        DECLARED, ACCEPTED, RETURNED
    }

    record Declaration(long id, String indicatorCode, long unitId, String unitName, LocalDate periodFrom,
            LocalDate periodTo, BigDecimal value, String note, String evidenceName, Status status, String declaredBy,
            Instant declaredAt, String reviewedBy, String reviewReason, long version) {
    }

    record NewDeclaration(String indicatorCode, long unitId, LocalDate periodFrom, LocalDate periodTo,
            BigDecimal value, String note, String evidenceName, byte[] evidence) {
    }

    record Evidence(String name, String contentType, byte[] content) {
    }

    /** By the unit's emulation officer (or the TĐKT office); a new declaration replaces none: the office decides. */
    long declare(NewDeclaration declaration);

    void accept(long id, long expectedVersion);

    void returnToUnit(long id, long expectedVersion, String reason);

    /** Declarations of the units the reader may see, newest first, optionally of one status. */
    List<Declaration> visible(Status status);

    Evidence evidence(long id);
}
