package vn.thidua.campaign;

/**
 * Usage of one quota counter: cap (null = unlimited or not yet declared), places used, and the unit it counts for
 * when the cap is per unit.
 */
public record QuotaUsage(String quotaCode, String parentCode, int depth, String stageCode, int year,
        Long scopeUnitId, String scopeUnitName, Integer cap, int used, boolean unlimited, Integer base,
        String text) {

    public Integer remaining() {
        return cap == null ? null : cap - used;
    }
}
