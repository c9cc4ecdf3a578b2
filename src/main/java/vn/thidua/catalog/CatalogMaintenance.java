package vn.thidua.catalog;

import java.math.BigDecimal;

/**
 * Corrections of unverified catalogue values by the TĐKT office (hiệu chỉnh danh mục). Each correction names the
 * version the officer saw and a reason, and is audited; verified values are refused.
 */
public interface CatalogMaintenance {

    /** Replaces the value of an unverified fact; {@code verified} marks it checked against the original text. */
    AwardFact correctFact(long factId, long expectedVersion, String value, String legalSource, boolean verified,
            String reason);

    /** Replaces an unverified money multiplier. */
    MultiplierEntry correctMultiplier(long multiplierId, long expectedVersion, BigDecimal multiplier,
            String legalSource, boolean verified, String reason);
}
