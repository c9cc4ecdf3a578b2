package vn.thidua.catalog;

import java.time.LocalDate;

/**
 * A legal instrument (văn bản pháp lý) as cited in a «Căn cứ» line, in force from a date until another.
 *
 * @param citation the wording after «Căn cứ», e.g. «Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022»
 */
public record LegalBasis(String code, String citation, LocalDate effectiveFrom, LocalDate effectiveTo) {
}
