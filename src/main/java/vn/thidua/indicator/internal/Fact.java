package vn.thidua.indicator.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * A dossier as stored (ind_dossier) and what it adds to the aggregates: counts of reception by the day it was
 * received, counts of completion by the day processing ended.
 */
record Fact(String maHoSo, long unitId, String procedureCode, int channel, boolean ownAccount, boolean electronicResult,
        int status, LocalDate receivedOn, LocalDate finishedOn, Boolean onTime, boolean hasFee, boolean paidOnline,
        boolean digitised, int supplements) {

    /** The order of the measure columns in ind_agg and ind_agg_month. */
    static final String[] MEASURES = {"r_total", "r_online", "r_online_own", "r_online_766", "r_fee",
        "r_paid_online", "r_digitised", "c_done", "c_on_time"};
    static final int RECEPTION_MEASURES = 7;

    /** The account kinds that count as the applicant's own account (seed 000). */
    static Fact of(DossierRecord record, long unitId, Procedures.Procedure procedure, OnTimeRule.Verdict verdict,
            Set<String> ownAccountKinds) {
        boolean online = record.channel() == 2;
        var end = OnTimeRule.endOfProcessing(record);
        boolean done = end != null && OnTimeRule.isCounted(record.status());
        return new Fact(record.maHoSo(), unitId, procedure.code(), record.channel(),
                online && record.accountKind() != null && ownAccountKinds.contains(record.accountKind()),
                record.electronicResult(), record.status(), record.receivedOn(), done ? end.toLocalDate() : null,
                done ? verdict == OnTimeRule.Verdict.ON_TIME : null, record.hasFee() || procedure.hasFee(),
                record.paidOnline(), record.digitised(), record.supplements().size());
    }

    /** The reception measures this dossier adds on its day of reception (zeros when it is not counted). */
    int[] reception(boolean paperResult) {
        int[] m = new int[RECEPTION_MEASURES];
        if (!OnTimeRule.isCounted(status)) {
            return m;
        }
        boolean online = channel == 2;
        m[0] = 1;
        m[1] = online ? 1 : 0;
        m[2] = online && ownAccount ? 1 : 0;
        m[3] = online && (!paperResult || electronicResult) ? 1 : 0;
        m[4] = hasFee ? 1 : 0;
        m[5] = hasFee && paidOnline ? 1 : 0;
        m[6] = digitised ? 1 : 0;
        return m;
    }

    /** Done and on-time counts on the day processing ended. */
    int[] completion() {
        if (finishedOn == null) {
            return new int[] {0, 0};
        }
        return new int[] {1, Boolean.TRUE.equals(onTime) ? 1 : 0};
    }
}
