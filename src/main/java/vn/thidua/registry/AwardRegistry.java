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

    /**
     * Imports awards of earlier years from a CSV or XLSX table (columns in docs/RULES.md: so_cccd, ma_khen_thuong,
     * nam, so_quyet_dinh, ngay_quyet_dinh, co_quan_ban_hanh, loai_hinh). All rows or none: any bad row refuses the
     * whole file with a problem per row and column.
     *
     * @return the number of awards recorded
     */
    int importHistorical(byte[] file, String reason);
}
