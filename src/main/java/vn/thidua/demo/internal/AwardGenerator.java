package vn.thidua.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Gives about one sample person in ten one to three awards of 2021–2025, as the paper records of those years would
 * hold them: Lao động tiên tiến and Chiến sĩ thi đua cơ sở decided in December, Giấy khen during the year. One
 * decision of an issuer per year and kind lists everyone it awards, as real decisions do.
 */
final class AwardGenerator {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    private static final double AWARDED_SHARE = 0.1;
    private static final String CERTIFICATE_CODE = "GIAY_KHEN";
    /** Roughly how many decisions an issuer numbers per day, so that numbers grow through the year. */
    private static final double DECISIONS_PER_DAY = 0.8;

    private final DemoResources resources;
    private final Random random;
    private final Map<String, Issuer> issuers = new HashMap<>();
    private final Map<String, Decision> decisions = new HashMap<>();
    private final Map<String, Set<Integer>> numbersTaken = new HashMap<>();
    private final String committeeAbbreviation;
    private final List<Kind> kinds;

    private AwardGenerator(DemoResources resources, Random random, Province province) {
        this.resources = resources;
        this.random = random;
        this.committeeAbbreviation = resources.text("decision.committeeAbbreviation");
        // Weighted by repetition: most past awards are Lao động tiên tiến, few are Chiến sĩ thi đua cơ sở.
        Kind advancedWorker = new Kind(null, resources.text("award.advancedWorker"), true);
        Kind certificate = new Kind(CERTIFICATE_CODE, resources.text("award.certificate"), false);
        Kind emulationSoldier = new Kind(null, resources.text("award.emulationSoldier"), true);
        this.kinds = List.of(advancedWorker, advancedWorker, advancedWorker, certificate, certificate,
                emulationSoldier);
        for (Province.Agency agency : province.agencies()) {
            Issuer issuer = new Issuer(agency.issuer(), agency.abbreviation(), null);
            issuers.put(agency.code(), issuer);
            agency.rooms().forEach(room -> issuers.put(room.code(), issuer));
        }
        province.communes().forEach(commune -> issuers.put(commune.code(),
                new Issuer(commune.issuer(), committeeAbbreviation, commune.formerIssuer())));
    }

    static List<DemoDataset.Award> generate(DemoResources resources, Random random, Province province,
            List<DemoDataset.Person> people) {
        AwardGenerator generator = new AwardGenerator(resources, random, province);
        List<DemoDataset.Award> awards = new ArrayList<>();
        for (DemoDataset.Person person : people) {
            if (random.nextDouble() < AWARDED_SHARE) {
                awards.addAll(generator.awards(person));
            }
        }
        return List.copyOf(awards);
    }

    private List<DemoDataset.Award> awards(DemoDataset.Person person) {
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList());
        Collections.shuffle(years, random);
        List<Integer> chosen = years.subList(0, 1 + random.nextInt(3)).stream().sorted().toList();
        List<DemoDataset.Award> awards = new ArrayList<>();
        for (int year : chosen) {
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            LocalDate proposed = kind.yearEnd() ? LocalDate.of(year, 12, 15 + random.nextInt(17))
                    : LocalDate.ofYearDay(year, 1 + random.nextInt(365));
            Issuer unitIssuer = issuers.get(person.unitCode());
            // Before the reform a commune's people were awarded by their district, under its committee's symbol.
            boolean byDistrict = unitIssuer.formerName() != null
                    && proposed.isBefore(ProvinceGenerator.COMMUNE_REFORM);
            String issuer = byDistrict ? unitIssuer.formerName() : unitIssuer.name();
            Decision decision = decisions.computeIfAbsent(issuer + "|" + year + "|" + kind.name(),
                    key -> decide(issuer, byDistrict ? committeeAbbreviation : unitIssuer.abbreviation(), proposed));
            awards.add(new DemoDataset.Award(person.citizenId(), kind.code(), kind.name(), decision.number(),
                    decision.date(), issuer));
        }
        return awards;
    }

    /** A new decision numbered about as far into the issuer's year as its date, never twice the same number. */
    private Decision decide(String issuer, String abbreviation, LocalDate date) {
        Set<Integer> taken = numbersTaken.computeIfAbsent(issuer + "|" + date.getYear(), key -> new HashSet<>());
        int number = 1 + (int) (date.getDayOfYear() * DECISIONS_PER_DAY) + random.nextInt(3);
        while (!taken.add(number)) {
            number++;
        }
        return new Decision(resources.text("decision.number", Integer.toString(number), abbreviation), date);
    }

    /** A kind of award; year-end kinds are decided in December, with the year's emulation results. */
    private record Kind(String code, String name, boolean yearEnd) {
    }

    /** Who signs the award decisions of a unit's people: now, and (for communes) before 1/7/2025. */
    private record Issuer(String name, String abbreviation, String formerName) {
    }

    private record Decision(String number, LocalDate date) {
    }
}
