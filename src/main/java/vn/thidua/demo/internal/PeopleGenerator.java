package vn.thidua.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import vn.thidua.shared.DateText;
import vn.thidua.shared.Gender;

/**
 * Staffs the sample province: first the people that documentation and tests name (demo/featured-people.csv), then
 * a head and deputies for every agency, room and commune, then staff spread over the rooms and communes until
 * there are {@link #PEOPLE} people. Only today's units get people, because an import refuses ended ones.
 */
final class PeopleGenerator {

    static final int PEOPLE = 3000;
    /** Share of the staff working in the agencies' rooms; the rest work in communes. */
    private static final double AGENCY_STAFF_SHARE = 0.55;
    /** Fewer women lead than work as staff, as in Vietnamese administration; overall about half are women. */
    private static final double WOMEN_AMONG_LEADERS = 0.3;
    private static final double WOMEN_AMONG_STAFF = 0.55;
    private static final int OLDEST = 1965;
    private static final int YOUNGEST_LEADER = 1982;
    private static final int YOUNGEST = 2000;

    private final DemoResources resources;
    private final Random random;
    private final String deputyPrefix;
    private final List<Map<String, String>> featured;
    /** Genders as featured-people.csv writes them (Nam, Nữ). */
    private final Map<String, Gender> genders;
    private final PersonFactory factory;
    private final List<DemoDataset.Person> people = new ArrayList<>();
    /** Leader positions already held by featured people, per unit code. */
    private final Map<String, List<String>> held = new HashMap<>();

    private PeopleGenerator(DemoResources resources, Random random) {
        this.resources = resources;
        this.random = random;
        this.deputyPrefix = resources.text("position.deputyPrefix") + " ";
        this.featured = resources.table("featured-people.csv");
        this.genders = Map.of(resources.text("gender.MALE"), Gender.MALE, resources.text("gender.FEMALE"),
                Gender.FEMALE);
        this.factory = new PersonFactory(resources, random,
                featured.stream().map(row -> row.get("name")).collect(Collectors.toSet()));
    }

    static List<DemoDataset.Person> generate(DemoResources resources, Random random, Province province) {
        return new PeopleGenerator(resources, random).people(province);
    }

    private List<DemoDataset.Person> people(Province province) {
        featured.forEach(this::addFeatured);
        for (Province.Agency agency : province.agencies()) {
            addLeaders(agency.code(), agency.headTitle(), 2 + random.nextInt(2));
            agency.rooms().forEach(room -> addLeaders(room.code(), room.headTitle(), 1 + random.nextInt(2)));
        }
        province.communes().forEach(commune -> addLeaders(commune.code(), commune.headTitle(), 2));
        WeightedWords agencyPositions = resources.words("positions-agency.txt");
        WeightedWords communePositions = resources.words("positions-commune.txt");
        while (people.size() < PEOPLE) {
            boolean female = random.nextDouble() < WOMEN_AMONG_STAFF;
            Gender gender = female ? Gender.FEMALE : Gender.MALE;
            if (random.nextDouble() < AGENCY_STAFF_SHARE) {
                List<Province.Room> rooms = pick(province.agencies()).rooms();
                people.add(factory.person(gender, OLDEST, YOUNGEST, agencyPositions.pick(random),
                        pick(rooms).code()));
            } else {
                people.add(factory.person(gender, OLDEST, YOUNGEST, communePositions.pick(random),
                        pick(province.communes()).code()));
            }
        }
        return List.copyOf(people);
    }

    private void addFeatured(Map<String, String> row) {
        String unitCode = ProvinceGenerator.CODE_PREFIX + row.get("unit");
        people.add(factory.person(row.get("name"), genders.get(row.get("gender")),
                DateText.parse(row.get("birth_date")).orElseThrow(), row.get("position"), unitCode));
        held.computeIfAbsent(unitCode, key -> new ArrayList<>()).add(row.get("position"));
    }

    /** A head and some deputies (Phó ...), less those that featured people already are. */
    private void addLeaders(String unitCode, String headTitle, int deputies) {
        List<String> positions = new ArrayList<>();
        positions.add(headTitle);
        for (int i = 0; i < deputies; i++) {
            positions.add(deputyPrefix + headTitle);
        }
        held.getOrDefault(unitCode, List.of()).forEach(positions::remove);
        for (String position : positions) {
            Gender gender = random.nextDouble() < WOMEN_AMONG_LEADERS ? Gender.FEMALE : Gender.MALE;
            people.add(factory.person(gender, OLDEST, YOUNGEST_LEADER, position, unitCode));
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
