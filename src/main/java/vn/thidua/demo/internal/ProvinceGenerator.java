package vn.thidua.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.thidua.demo.DemoData;
import vn.thidua.organization.ClusterInfo.ClusterKind;
import vn.thidua.organization.SuccessionInfo.SuccessionKind;
import vn.thidua.organization.UnitLevel;

/**
 * Builds the unit tree of tỉnh Sơn Hà from demo/agencies.csv, rooms.csv, communes.csv and history.csv: the
 * province, its agencies with their rooms, today's communes, and the districts and communes abolished on 1/7/2025
 * with the successions that link them to today's units. Then the cụm and khối thi đua of this year and the last.
 */
final class ProvinceGenerator {

    static final String CODE_PREFIX = "DEMO.";
    /** In rooms.csv, marks a room that every agency has; an agency's own rooms follow these. */
    private static final String ALL_AGENCIES = "*";
    private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 1);
    /** The two-level local government (no districts) starts on this day. */
    static final LocalDate COMMUNE_REFORM = LocalDate.of(2025, 7, 1);

    private final DemoResources resources;
    private final Random random;
    private final List<DemoDataset.Unit> units = new ArrayList<>();
    private final List<DemoDataset.Succession> successions = new ArrayList<>();

    private ProvinceGenerator(DemoResources resources, Random random) {
        this.resources = resources;
        this.random = random;
    }

    static Province generate(DemoResources resources, Random random, int currentYear) {
        return new ProvinceGenerator(resources, random).province(currentYear);
    }

    private Province province(int currentYear) {
        units.add(new DemoDataset.Unit(DemoData.PROVINCE_CODE, resources.text("province.name"),
                resources.text("province.abbreviation"), UnitLevel.PROVINCE, null, ESTABLISHED, null,
                resources.text("province.placeName"), resources.text("province.headTitle")));
        Map<Integer, List<String>> blocs = new TreeMap<>();
        List<Province.Agency> agencies = agencies(blocs);
        Map<Integer, List<String>> communeClusters = new TreeMap<>();
        List<Map<String, String>> communeRows = resources.table("communes.csv");
        communeRows.forEach(row -> communeClusters
                .computeIfAbsent(Integer.parseInt(row.get("cluster")), key -> new ArrayList<>())
                .add(CODE_PREFIX + row.get("code")));
        List<Province.Commune> communes = communes(communeRows, history());
        List<DemoDataset.Cluster> clusters = new ArrayList<>();
        for (int year = currentYear - 1; year <= currentYear; year++) {
            clusters.addAll(clusters(year, ClusterKind.CLUSTER, "cluster.", communeClusters));
            clusters.addAll(clusters(year, ClusterKind.BLOC, "bloc.", blocs));
        }
        return new Province(List.copyOf(units), List.copyOf(successions), List.copyOf(clusters),
                List.copyOf(agencies), List.copyOf(communes));
    }

    /** Adds the agencies and their rooms; returns the current ones and collects the members of each khối. */
    private List<Province.Agency> agencies(Map<Integer, List<String>> blocs) {
        List<Map<String, String>> rooms = resources.table("rooms.csv");
        List<Province.Agency> current = new ArrayList<>();
        for (Map<String, String> row : resources.table("agencies.csv")) {
            String code = CODE_PREFIX + row.get("code");
            LocalDate validTo = row.get("valid_to").isEmpty() ? null : LocalDate.parse(row.get("valid_to"));
            units.add(new DemoDataset.Unit(code, row.get("name"), row.get("abbreviation"), UnitLevel.AGENCY,
                    DemoData.PROVINCE_CODE, ESTABLISHED, validTo, null, row.get("head_title")));
            List<Province.Room> agencyRooms = new ArrayList<>();
            for (Map<String, String> room : rooms) {
                if (room.get("agency").equals(ALL_AGENCIES) || room.get("agency").equals(row.get("code"))) {
                    String roomCode = code + "." + room.get("code");
                    units.add(new DemoDataset.Unit(roomCode, room.get("name"), room.get("abbreviation"),
                            UnitLevel.SUBUNIT, code, ESTABLISHED, validTo, null, room.get("head_title")));
                    agencyRooms.add(new Province.Room(roomCode, room.get("head_title")));
                }
            }
            if (!row.get("successor").isEmpty()) {
                successions.add(new DemoDataset.Succession(code, CODE_PREFIX + row.get("successor"),
                        validTo.plusDays(1), SuccessionKind.valueOf(row.get("succession")),
                        resources.text("succession.agency.legalBasis")));
            }
            if (validTo == null) {
                current.add(new Province.Agency(code, row.get("abbreviation"), row.get("head_title"),
                        row.get("issuer"), List.copyOf(agencyRooms)));
                blocs.computeIfAbsent(Integer.parseInt(row.get("bloc")), key -> new ArrayList<>()).add(code);
            }
        }
        return current;
    }

    /**
     * Adds the districts and communes abolished on 1/7/2025 with their mergers into today's communes, and says who
     * awarded the people of each of today's communes before that day.
     */
    private FormerIssuers history() {
        Map<String, String> districtIssuers = new TreeMap<>();
        Map<String, String> bySuccessor = new HashMap<>();
        String legalBasis = resources.text("succession.commune.legalBasis");
        for (Map<String, String> row : resources.table("history.csv")) {
            String code = CODE_PREFIX + row.get("code");
            String parent = row.get("parent").isEmpty() ? DemoData.PROVINCE_CODE : CODE_PREFIX + row.get("parent");
            String successor = CODE_PREFIX + row.get("successor");
            units.add(new DemoDataset.Unit(code, row.get("name"), resources.text("decision.committeeAbbreviation"),
                    UnitLevel.parse(row.get("level")).orElseThrow(), parent, ESTABLISHED,
                    COMMUNE_REFORM.minusDays(1), null, resources.text("commune.headTitle")));
            successions.add(new DemoDataset.Succession(code, successor, COMMUNE_REFORM, SuccessionKind.MERGER,
                    legalBasis));
            if (!row.get("issuer").isEmpty()) {
                districtIssuers.put(code, row.get("issuer"));
            }
            bySuccessor.putIfAbsent(successor, districtIssuers.getOrDefault(code, districtIssuers.get(parent)));
        }
        return new FormerIssuers(bySuccessor, List.copyOf(districtIssuers.values()));
    }

    private List<Province.Commune> communes(List<Map<String, String>> rows, FormerIssuers former) {
        String headTitle = resources.text("commune.headTitle");
        String abbreviation = resources.text("decision.committeeAbbreviation");
        List<Province.Commune> communes = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String code = CODE_PREFIX + row.get("code");
            String name = row.get("kind") + " " + row.get("place_name");
            units.add(new DemoDataset.Unit(code, name, abbreviation + row.get("code"), UnitLevel.COMMUNE,
                    DemoData.PROVINCE_CODE, COMMUNE_REFORM, null, row.get("place_name"), headTitle));
            // In running text the kind of commune is written in lower case: Chủ tịch ... xã Tân Lập.
            String issuer = resources.text("issuer.commune",
                    name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            // The demo has only two abolished districts, so every other commune is taken to lie in one of them.
            String formerIssuer = former.bySuccessor().getOrDefault(code,
                    former.districts().get(communes.size() % former.districts().size()));
            communes.add(new Province.Commune(code, headTitle, issuer, formerIssuer));
        }
        return communes;
    }

    private List<DemoDataset.Cluster> clusters(int year, ClusterKind kind, String nameKey,
            Map<Integer, List<String>> groups) {
        List<DemoDataset.Cluster> clusters = new ArrayList<>();
        groups.forEach((number, members) -> clusters.add(new DemoDataset.Cluster(year, kind,
                resources.text(nameKey + number), members.get(random.nextInt(members.size())),
                List.copyOf(members))));
        return clusters;
    }

    /** Who awarded, before 1/7/2025, the people of the communes that took over an abolished unit; all districts. */
    private record FormerIssuers(Map<String, String> bySuccessor, List<String> districts) {
    }
}
