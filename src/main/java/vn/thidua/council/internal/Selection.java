package vn.thidua.council.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.shared.BusinessRuleException;

/**
 * Xếp hạng theo số phiếu: when more nominees for an award pass the threshold than the quota allows, the places go
 * by yes votes; a tie across the last place is settled by the chair's order, and without it the session cannot
 * close.
 */
final class Selection {

    record Candidate(long itemId, String awardCode, int yes) {
    }

    record Outcome(Set<Long> selected, Set<Long> rankedOut) {
    }

    private Selection() {
    }

    /**
     * @param passed     nominees who met their threshold
     * @param quotas     places per award code; an award without an entry has no cap
     * @param chairOrder the chair's preference among tied nominees, most preferred first (may be empty)
     */
    static Outcome select(List<Candidate> passed, Map<String, Integer> quotas, List<Long> chairOrder) {
        Set<Long> selected = new LinkedHashSet<>();
        Set<Long> rankedOut = new LinkedHashSet<>();
        Map<String, List<Candidate>> byAward = passed.stream()
                .collect(Collectors.groupingBy(Candidate::awardCode, LinkedHashMap::new, Collectors.toList()));
        byAward.forEach((award, candidates) -> {
            Integer quota = quotas.get(award);
            List<Candidate> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparingInt(Candidate::yes).reversed());
            if (quota == null || ranked.size() <= quota) {
                ranked.forEach(candidate -> selected.add(candidate.itemId()));
                return;
            }
            List<Candidate> chosen = quota == 0 ? List.of() : choose(award, ranked, quota, chairOrder);
            chosen.forEach(candidate -> selected.add(candidate.itemId()));
            ranked.stream().filter(candidate -> !chosen.contains(candidate))
                    .forEach(candidate -> rankedOut.add(candidate.itemId()));
        });
        return new Outcome(selected, rankedOut);
    }

    private static List<Candidate> choose(String award, List<Candidate> ranked, int quota, List<Long> chairOrder) {
        int lastIn = ranked.get(quota - 1).yes();
        if (ranked.get(quota).yes() != lastIn) {
            return ranked.subList(0, quota);
        }
        List<Candidate> chosen = new ArrayList<>(ranked.stream().filter(c -> c.yes() > lastIn).toList());
        List<Candidate> tied = ranked.stream().filter(c -> c.yes() == lastIn).toList();
        if (!tied.stream().allMatch(c -> chairOrder.contains(c.itemId()))) {
            throw new BusinessRuleException("error.council.tieBreak", "tieBreak", award,
                    tied.stream().map(c -> String.valueOf(c.itemId())).collect(Collectors.joining(", ")));
        }
        tied.stream().sorted(Comparator.comparingInt(c -> chairOrder.indexOf(c.itemId())))
                .limit(quota - chosen.size()).forEach(chosen::add);
        return chosen;
    }
}
