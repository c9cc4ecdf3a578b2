package vn.thidua.campaign;

import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * Quota ledger (hạn mức, số lượng khen thưởng): nominations reserve a place before they go up and release it when
 * they are withdrawn or refused. Concurrent reservations never pass a cap: the counters are locked rows, taken in
 * a fixed order, with a check constraint behind them.
 */
public interface CampaignQuotas {

    /** Takes one place in every quota that applies; refused with the quota at fault when one is full. */
    QuotaReservation reserve(ReservationRequest request);

    /** Gives the places back; the reason is audited. */
    QuotaReservation release(long reservationId, String reason);

    QuotaReservation reservation(long reservationId);

    /** Usage of every quota of the stage in the year, with its counters per unit where the cap is per unit. */
    List<QuotaUsage> usage(String campaignCode, String stageCode, int year);

    /** Declares the base of a percentage quota for a unit and year; the cap becomes floor(base × percent / 100). */
    QuotaUsage declareBase(String campaignCode, String quotaCode, String stageCode, int year, long unitId, int base,
            String reason);

    /**
     * What a nomination asks for.
     *
     * @param unitId     the nominee's unit (a collective's own unit, or the unit of a person)
     * @param category   null for regular awards; a category the document treats apart (RESOURCE_CONTRIBUTION)
     * @param nomineeRef free reference of the caller (nomination id, person id)
     */
    record ReservationRequest(String campaignCode, String stageCode, int year, long unitId, SubjectType subjectType,
            String awardCode, String category, String nomineeRef) {
    }
}
