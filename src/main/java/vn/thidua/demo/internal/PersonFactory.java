package vn.thidua.demo.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import vn.thidua.shared.Gender;

/**
 * Makes one sample person: a plausible Vietnamese name (họ, tên đệm, tên) for the gender, a birth date and a
 * citizen id (CCCD) that agrees with both, as the people import checks, and that no other sample person has.
 */
final class PersonFactory {

    private final Random random;
    private final WeightedWords family;
    private final WeightedWords middleMale;
    private final WeightedWords middleFemale;
    private final WeightedWords givenMale;
    private final WeightedWords givenFemale;
    private final WeightedWords birthProvinces;
    private final Set<String> reservedNames;
    private final Set<String> issuedIds = new HashSet<>();

    /**
     * @param reservedNames names that generated people must not have, so that a search for a featured person
     *                      (Nguyễn Văn An) finds that one person
     */
    PersonFactory(DemoResources resources, Random random, Set<String> reservedNames) {
        this.random = random;
        this.family = resources.words("names/family.txt");
        this.middleMale = resources.words("names/middle-male.txt");
        this.middleFemale = resources.words("names/middle-female.txt");
        this.givenMale = resources.words("names/given-male.txt");
        this.givenFemale = resources.words("names/given-female.txt");
        this.birthProvinces = resources.words("birth-provinces.txt");
        this.reservedNames = Set.copyOf(reservedNames);
    }

    /** A new person born in one of the given years, with a generated name. */
    DemoDataset.Person person(Gender gender, int bornFrom, int bornTo, String position, String unitCode) {
        LocalDate birthDate = LocalDate.ofYearDay(bornFrom + random.nextInt(bornTo - bornFrom + 1), 1)
                .plusDays(random.nextInt(365));
        return person(name(gender), gender, birthDate, position, unitCode);
    }

    /** A new person with the given name and birth date; only the citizen id is generated. */
    DemoDataset.Person person(String fullName, Gender gender, LocalDate birthDate, String position,
            String unitCode) {
        return new DemoDataset.Person(fullName, gender, birthDate, citizenId(birthDate, gender), position, unitCode);
    }

    private String name(Gender gender) {
        boolean female = gender == Gender.FEMALE;
        while (true) {
            String middle = (female ? middleFemale : middleMale).pick(random);
            String given = (female ? givenFemale : givenMale).pick(random);
            String name = family.pick(random) + " " + middle + " " + given;
            // Thị Thu Thu is no name, and reserved names stay unique.
            if (!(" " + middle).endsWith(" " + given) && !reservedNames.contains(name)) {
                return name;
            }
        }
    }

    /**
     * Province of birth registration, then the century/gender digit (0/1 for men/women born 1900–1999, 2/3 from
     * 2000), the last two digits of the birth year and six random digits.
     */
    private String citizenId(LocalDate birthDate, Gender gender) {
        int year = birthDate.getYear();
        int centuryGender = (year / 100 - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        String prefix = birthProvinces.pick(random) + centuryGender + String.format("%02d", year % 100);
        while (true) {
            String id = prefix + String.format("%06d", random.nextInt(1_000_000));
            if (issuedIds.add(id)) {
                return id;
            }
        }
    }
}
