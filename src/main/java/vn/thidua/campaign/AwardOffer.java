package vn.thidua.campaign;

import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * Hình thức khen thưởng offered by a campaign, with its dossier and routing.
 *
 * @param awardCode the catalogue code, null when the document names a form the catalogue does not hold
 * @param text      the document's wording of the form
 * @param variant   which procedure of the form (e.g. CLUSTER_ANNUAL for the cụm, khối Bằng khen), null for the plain one
 */
public record AwardOffer(String awardCode, String variant, String text, List<String> stages,
        List<SubjectType> subjectTypes, String grantor, Dossier dossier, Routing routing, String source) {
}
