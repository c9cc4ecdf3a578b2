package vn.thidua.registry;

import java.time.LocalDate;
import java.util.List;

/** Reads and extends the award registry. */
public interface AwardRegistry {

    /** A person's awards, newest first, to anyone who may read the person. */
    List<AwardRecord> history(long personId);

    /** Enters an award from earlier paper records. */
    long recordHistorical(long personId, String awardCode, String awardName, String decisionNumber,
            LocalDate decisionDate, String issuerName);
}
