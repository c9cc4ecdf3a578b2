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
     * the unit (a council may consider awards the law does not require it to, see {@link #proposeDecision}); those
     * dossiers move to LISTED, so no nominee is listed twice. Their eligible households, commended without a ballot,
     * go to a decision draft at once.
     */
    List<ListedNominee> consolidate(long receivingUnitId);

    /**
     * Trình ký quyết định: drafts the decision on the eligible nominees of an appraised dossier whose award the
     * catalogue lets the leader decide without a council ballot (COUNCIL_REVIEW false for the award or the subject
     * type, e.g. Tập thể lao động xuất sắc, Bằng khen of the chairman, families); the dossier moves to LISTED.
     * Refused when any eligible nominee needs the council, or when none is eligible.
     *
     * @return the id of the decision draft
     */
    long proposeDecision(long dossierId, long expectedVersion);

    /** A nominee of a dossier, for the decision that cites it. */
    ListedNominee listed(long dossierId, long nomineeId);
}
