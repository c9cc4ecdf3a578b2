package vn.thidua.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.thidua.shared.Gender;

/** What it takes to register a person in a unit, or to change a person's details. */
public record NewPerson(
        @NotBlank @Size(max = 120) String fullName,
        @NotNull Gender gender,
        @NotNull @Past LocalDate birthDate,
        @NotBlank String citizenId,
        @Size(max = 200) String position,
        @NotNull Long unitId) {
}
