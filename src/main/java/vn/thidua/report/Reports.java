package vn.thidua.report;

import java.util.List;
import vn.thidua.catalog.SubjectType;

/** Thống kê khen thưởng for the TĐKT office, leaders and viewers of a unit subtree. */
public interface Reports {

    /** Awardees of decisions issued in the year by units of the subtree, per award and subject type. */
    record AwardCount(String awardCode, String awardName, SubjectType subject, long recipients, long amount) {
    }

    List<AwardCount> byAward(long rootUnitId, int year);

    /** The same per issuing unit. */
    record IssuerCount(long issuerUnitId, String issuerName, long decisions, long recipients, long amount) {
    }

    List<IssuerCount> byIssuer(long rootUnitId, int year);

    /** The same per campaign the awards came through; {@code campaignCode} null for awards outside any. */
    record CampaignCount(String campaignCode, String campaignTitle, long recipients, long amount) {
    }

    List<CampaignCount> byCampaign(long rootUnitId, int year);

    /** The same per level of the issuing unit (province, agencies, communes…). */
    record LevelCount(vn.thidua.organization.UnitLevel level, long decisions, long recipients, long amount) {
    }

    List<LevelCount> byLevel(long rootUnitId, int year);

    /**
     * Biểu 0601.N/BNV-TĐKT: the emulation movements running in the year that the reporting unit's subtree owns, the
     * province-wide ones (without an owner unit) included.
     */
    StatisticsForm form0601(long rootUnitId, int year);

    /** Biểu 0603.N/BNV-TĐKT: awards of the province level issued in the year by units of the subtree. */
    StatisticsForm form0603(long rootUnitId, int year);
}
