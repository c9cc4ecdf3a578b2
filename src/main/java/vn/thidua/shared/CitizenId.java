package vn.thidua.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Số định danh cá nhân / căn cước (CCCD): 12 digits. Digits 1–3 are the province code of birth registration
 * (001–096), digit 4 encodes century and gender, digits 5–6 the last two digits of the birth year.
 *
 * @param value the twelve digits
 */
public record CitizenId(String value) {

    private static final int HIGHEST_PROVINCE_CODE = 96;

    public CitizenId {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new BusinessRuleException(problem.get(), "citizenId", value);
        }
    }

    /** The message key of what is wrong with the text as a citizen id, or empty when it is well formed. */
    public static Optional<String> problemWith(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return Optional.of("error.citizenId.format");
        }
        int province = Integer.parseInt(value.substring(0, 3));
        if (province < 1 || province > HIGHEST_PROVINCE_CODE) {
            return Optional.of("error.citizenId.province");
        }
        return Optional.empty();
    }

    /**
     * Whether the century/gender digit and the year digits agree with a birth date and gender: digit 4 is
     * 0/1 for men/women born 1900–1999, 2/3 for 2000–2099, 4/5 for 2100–2199.
     */
    public boolean agreesWith(LocalDate birthDate, Gender gender) {
        int centuryGender = value.charAt(3) - '0';
        int century = birthDate.getYear() / 100;
        int expected = (century - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        int yearDigits = Integer.parseInt(value.substring(4, 6));
        return centuryGender == expected && yearDigits == birthDate.getYear() % 100;
    }

    @Override
    public String toString() {
        return value;
    }
}
