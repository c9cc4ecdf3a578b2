package vn.thidua.dossier;

/**
 * Báo cáo thành tích of a nominee, drafted from the records (profile, the unit's indicator values, the awards in the
 * sổ vàng) in the form the catalogue gives for the award, kind and date, to be completed, signed and attached.
 */
public interface AchievementReports {

    byte[] docx(long dossierId, long nomineeId);

    byte[] pdf(long dossierId, long nomineeId);
}
