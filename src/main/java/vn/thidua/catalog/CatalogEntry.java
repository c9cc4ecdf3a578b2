package vn.thidua.catalog;

import java.util.List;

/** A catalogue entry (mục danh mục) as the browser and the API show it: the award, its kinds, values, money. */
public record CatalogEntry(AwardType award, List<String> kinds, List<AwardFact> facts,
        List<MultiplierEntry> multipliers, List<LegalBasis> legalBases) {
}
