package vn.thidua.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.thidua.demo.DemoData;

/**
 * Generates the whole sample province in memory, without touching the database. A fixed seed makes every run give
 * the same data, so that demonstrations, screenshots and tests can rely on it; only the years of the cụm and khối
 * follow the calendar.
 */
final class DemoGenerator {

    private static final long SEED = 20_260_101L;

    private DemoGenerator() {
    }

    static DemoDataset generate(DemoResources resources, int currentYear) {
        // One random stream per part, so that changing one part's data leaves the others as they were.
        Province province = ProvinceGenerator.generate(resources, new Random(SEED), currentYear);
        List<DemoDataset.Person> people = PeopleGenerator.generate(resources, new Random(SEED + 1), province);
        List<DemoDataset.Award> awards = AwardGenerator.generate(resources, new Random(SEED + 2), province, people);
        return new DemoDataset(province.units(), province.successions(), province.clusters(), people, awards,
                accounts(resources));
    }

    private static List<DemoDataset.Account> accounts(DemoResources resources) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        resources.table("accounts.csv").forEach(row -> rows.put(row.get("username"), row));
        return DemoData.ACCOUNTS.stream().map(account -> {
            Map<String, String> row = rows.get(account.username());
            if (row == null) {
                throw new IllegalStateException("demo/accounts.csv has no " + account.username());
            }
            return new DemoDataset.Account(account, row.get("display_name"), blankToNull(row.get("signing_title")),
                    blankToNull(row.get("signing_authority")));
        }).toList();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
