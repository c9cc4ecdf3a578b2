package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the catalogue as it stood on a date. */
public interface AwardCatalog {

    Optional<AwardType> awardType(String code);

    List<AwardType> awardTypes();

    /** The legal bases an award decision cites, in force on the date, in citation order. */
    List<LegalBasis> legalBases(String awardCode, LocalDate on);

    /** The money that goes with the award for the subject type on the date, if the law sets any. */
    Optional<RewardAmount> reward(String awardCode, SubjectType subject, LocalDate on);

    /** The kinds of commendation (loại hình khen thưởng). */
    List<CommendationKind> commendationKinds();

    /** The whole entry: kinds, every value with its validity and source, multipliers, legal bases. */
    Optional<CatalogEntry> entry(String awardCode);

    /** The value of an attribute in force on the date, narrowed by the qualifier or else the entry-wide one. */
    Optional<AwardFact> fact(String awardCode, AwardFact.Attribute attribute, String qualifier, LocalDate on);
}
