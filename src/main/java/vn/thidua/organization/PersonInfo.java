package vn.thidua.organization;

import java.time.LocalDate;
import vn.thidua.shared.Gender;

/** A person (cá nhân) as other modules see it, with the current unit. */
public record PersonInfo(long id, String fullName, Gender gender, LocalDate birthDate, String citizenId,
        String position, long unitId, String unitName) {
}
