package vn.thidua.campaign.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.QuotaRule;
import vn.thidua.catalog.SubjectType;
import vn.thidua.organization.UnitInfo;
import vn.thidua.organization.UnitLevel;

/**
 * Which quotas a nomination takes a place in: a rule applies when its own filters match (stage, category, subject
 * type, tier, designation, per-unit scope) and its parent applies, so the set is always closed upward. The tier of a
 * unit is the nearest province, agency, district or commune at or above it (a room counts with its agency). Pure.
 */
final class QuotaScope {

    static final long SHARED = 0L;
    private static final Set<UnitLevel> TIERS = Set.of(UnitLevel.PROVINCE, UnitLevel.AGENCY, UnitLevel.DISTRICT,
            UnitLevel.COMMUNE);

    /** One quota the nomination counts in, the unit it counts for (0 = shared) and whether it comes from below. */
    record Applicable(QuotaRule rule, long scopeUnitId, boolean below) {
    }

    private QuotaScope() {
    }

    /**
     * @param path        the nominee's unit path, from the root down to the unit
     * @param designated  designation code → bound unit id (unbound designations absent)
     */
    static List<Applicable> resolve(CampaignDefinition definition, String stageCode, List<UnitInfo> path,
            SubjectType subject, String category, Map<String, Long> designated) {
        Map<String, Optional<Applicable>> decided = new HashMap<>();
        List<Applicable> result = new ArrayList<>();
        for (QuotaRule rule : definition.quotas()) {
            decide(rule, definition, stageCode, path, subject, category, designated, decided);
        }
        // parents before children, in definition order otherwise
        for (QuotaRule rule : ordered(definition)) {
            decided.getOrDefault(rule.code(), Optional.empty()).ifPresent(result::add);
        }
        return result;
    }

    /** The rules of the definition, every parent before its children (depth first, in definition order). */
    static List<QuotaRule> ordered(CampaignDefinition definition) {
        List<QuotaRule> out = new ArrayList<>();
        for (QuotaRule rule : definition.quotas()) {
            if (rule.parent() == null) {
                visit(rule, definition, out);
            }
        }
        return out;
    }

    static int depth(QuotaRule rule, CampaignDefinition definition) {
        int depth = 0;
        QuotaRule current = rule;
        while (current.parent() != null && depth < definition.quotas().size()) {
            current = definition.quota(current.parent()).orElseThrow();
            depth++;
        }
        return depth;
    }

    private static void visit(QuotaRule rule, CampaignDefinition definition, List<QuotaRule> out) {
        out.add(rule);
        for (QuotaRule child : definition.quotas()) {
            if (rule.code().equals(child.parent())) {
                visit(child, definition, out);
            }
        }
    }

    private static Optional<Applicable> decide(QuotaRule rule, CampaignDefinition definition, String stageCode,
            List<UnitInfo> path, SubjectType subject, String category, Map<String, Long> designated,
            Map<String, Optional<Applicable>> decided) {
        Optional<Applicable> known = decided.get(rule.code());
        if (known != null) {
            return known;
        }
        Optional<Applicable> answer = Optional.empty();
        boolean parentApplies = rule.parent() == null || decide(definition.quota(rule.parent()).orElseThrow(),
                definition, stageCode, path, subject, category, designated, decided).isPresent();
        if (parentApplies) {
            answer = own(rule, stageCode, path, subject, category, designated);
        }
        decided.put(rule.code(), answer);
        return answer;
    }

    private static Optional<Applicable> own(QuotaRule rule, String stageCode, List<UnitInfo> path,
            SubjectType subject, String category, Map<String, Long> designated) {
        if (!rule.stages().contains(stageCode) || !Objects.equals(rule.category(), category)
                || (rule.subjectType() != null && rule.subjectType() != subject)) {
            return Optional.empty();
        }
        if (rule.unitLevels() != null && !rule.unitLevels().isEmpty()) {
            UnitLevel tier = tier(path);
            if (tier == null || !rule.unitLevels().contains(tier)) {
                return Optional.empty();
            }
        }
        if (Boolean.TRUE.equals(rule.exceptDesignated()) && designated.values().stream().anyMatch(
                bound -> path.stream().anyMatch(unit -> unit.id() == bound))) {
            return Optional.empty();
        }
        long unitId = path.get(path.size() - 1).id();
        long scope = SHARED;
        if (rule.designation() != null) {
            Long bound = designated.get(rule.designation());
            if (bound == null || path.stream().noneMatch(unit -> unit.id() == bound)) {
                return Optional.empty();
            }
            scope = bound;
        } else if (rule.perUnitOf() != null) {
            Optional<UnitInfo> owner = nearest(path, Set.of(rule.perUnitOf()));
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            scope = owner.get().id();
        }
        return Optional.of(new Applicable(rule, scope, scope != SHARED && scope != unitId));
    }

    /** The nearest province, agency, district or commune at or above the unit. */
    static UnitLevel tier(List<UnitInfo> path) {
        return nearest(path, TIERS).map(UnitInfo::level).orElse(null);
    }

    private static Optional<UnitInfo> nearest(List<UnitInfo> path, Set<UnitLevel> levels) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (levels.contains(path.get(i).level())) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }
}
