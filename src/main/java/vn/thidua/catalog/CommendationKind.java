package vn.thidua.catalog;

/**
 * Loại hình khen thưởng (Luật TĐKT 2022 Điều 8): công trạng, theo đợt / chuyên đề, đột xuất, đối ngoại, cống hiến,
 * hộ gia đình.
 *
 * @param countsTowardMerit whether an award of this kind may ground a later công trạng award
 */
public record CommendationKind(String code, String name, boolean countsTowardMerit, String legalSource,
        boolean verified) {

    /** Khen thưởng công trạng. */
    public static final String MERIT = "CONG_TRANG";
}
