package vn.thidua.campaign;

import java.time.Instant;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/** Một suất đã giữ: a reservation and the quotas it holds a place in. */
public record QuotaReservation(long id, String campaignCode, String stageCode, int year, long unitId,
        SubjectType subjectType, String awardCode, String category, String nomineeRef, String status,
        List<String> quotaCodes, Instant reservedAt, String reservedBy, Instant releasedAt, String releasedBy) {
}
