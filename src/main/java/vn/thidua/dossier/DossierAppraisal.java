package vn.thidua.dossier;

import java.util.List;

/**
 * Tiếp nhận, thẩm định: the receiving level (the TĐKT office, or the officer of the unit above) receives a sent
 * dossier, returns it for supplementation with a reason, appraises each nominee and consolidates the list for the
 * council. Every method checks role and unit scope, and every change is audited.
 */
public interface DossierAppraisal {

    void receive(long dossierId, long expectedVersion);

    void returnForSupplement(long dossierId, long expectedVersion, String reason);

    void appraise(long dossierId, long expectedVersion, long nomineeId, boolean eligible, String note);

    void completeAppraisal(long dossierId, long expectedVersion);

    /**
     * Tổng hợp danh sách trình Hội đồng: every eligible person and collective of the appraised dossiers received by
     * the unit; those dossiers move to LISTED, so no nominee is listed twice. Households are decided without a
     * council ballot and are left out.
     */
    List<ListedNominee> consolidate(long receivingUnitId);

    /** A nominee of a dossier, for the decision that cites it. */
    ListedNominee listed(long dossierId, long nomineeId);
}
