package vn.thidua.campaign.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.Deadline;
import vn.thidua.campaign.QuotaRule;
import vn.thidua.campaign.Stage;

/**
 * Checks a whole campaign definition before anything is written: required fields, references between stages,
 * criteria, quotas and designations, the quota tree (no cycle, a child within its parent's stages), caps and
 * dates. Every problem names the JSON path of the field at fault. Pure: no Spring, no database.
 */
final class DefinitionValidator {

    static final int MAX_RULE_LENGTH = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,59}");
    private static final Pattern ISSUED = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> OPERATORS = Set.of(">=", "<=", "==", ">", "<");
    private static final Set<String> PERSON_KINDS = Set.of("OFFICIAL", "BUSINESS_PERSON", "CITIZEN");
    private static final Set<String> AGENCY_ROLES = Set.of("RECEIVING", "APPRAISING", "COORDINATING", "SUBMITTING",
            "STANDING");

    private final List<DefinitionProblem> problems = new ArrayList<>();

    private DefinitionValidator() {
    }

    static List<DefinitionProblem> problems(CampaignDefinition definition) {
        DefinitionValidator validator = new DefinitionValidator();
        validator.check(definition);
        return List.copyOf(validator.problems);
    }

    private void check(CampaignDefinition d) {
        code("code", d.code());
        required("kind", d.kind());
        text("title", d.title(), 1000);
        if (d.issuers().isEmpty()) {
            problem("issuers", "campaign.error.required");
        }
        if (d.document() == null) {
            problem("document", "campaign.error.required");
        } else {
            text("document.number", d.document().number(), 100);
            if (d.document().issued() == null || !ISSUED.matcher(d.document().issued()).matches()) {
                problem("document.issued", "campaign.error.issued");
            }
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            problem("endDate", "campaign.error.dateOrder");
        }
        Set<String> stages = stages(d);
        criteria(d, stages);
        for (int i = 0; i < d.awards().size(); i++) {
            var award = d.awards().get(i);
            String at = "awards[" + i + "]";
            if (award.awardCode() != null) {
                code(at + ".awardCode", award.awardCode());
            }
            text(at + ".text", award.text(), 1000);
            known(at + ".stages", award.stages(), stages);
            if (award.dossier() != null && award.dossier().copies() != null && award.dossier().copies() < 1) {
                problem(at + ".dossier.copies", "campaign.error.positive");
            }
        }
        Set<String> designations = new HashSet<>();
        for (int i = 0; i < d.designations().size(); i++) {
            String at = "designations[" + i + "]";
            code(at + ".code", d.designations().get(i).code());
            unique(at + ".code", designations, d.designations().get(i).code());
        }
        for (int i = 0; i < d.route().size(); i++) {
            if (!designations.contains(d.route().get(i))) {
                problem("route[" + i + "]", "campaign.error.unknownReference", d.route().get(i));
            }
        }
        quotas(d, stages, designations);
        deadlines(d, stages);
        for (int i = 0; i < d.agencies().size(); i++) {
            if (!AGENCY_ROLES.contains(d.agencies().get(i).role())) {
                problem("agencies[" + i + "].role", "campaign.error.value", d.agencies().get(i).role());
            }
            text("agencies[" + i + "].name", d.agencies().get(i).name(), 500);
        }
    }

    private Set<String> stages(CampaignDefinition d) {
        Set<String> codes = new HashSet<>();
        if (d.kind() != CampaignKind.ROUTING && d.stages().isEmpty()) {
            problem("stages", "campaign.error.required");
        }
        for (int i = 0; i < d.stages().size(); i++) {
            Stage stage = d.stages().get(i);
            String at = "stages[" + i + "]";
            code(at + ".code", stage.code());
            unique(at + ".code", codes, stage.code());
            required(at + ".kind", stage.kind());
            text(at + ".name", stage.name(), 500);
            if (stage.from() != null && stage.to() != null && stage.to().isBefore(stage.from())) {
                problem(at + ".to", "campaign.error.dateOrder");
            }
            if (stage.days() != null && stage.days() < 1) {
                problem(at + ".days", "campaign.error.positive");
            }
            if (stage.years() == null || stage.years().isEmpty()) {
                problem(at + ".years", "campaign.error.required");
            } else {
                for (int y = 0; y < stage.years().size(); y++) {
                    Integer year = stage.years().get(y);
                    if (year == null || year < 1990 || year > 2100) {
                        problem(at + ".years[" + y + "]", "campaign.error.year", year);
                    }
                }
            }
        }
        return codes;
    }

    private void criteria(CampaignDefinition d, Set<String> stages) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.criteria().size(); i++) {
            Criterion criterion = d.criteria().get(i);
            String at = "criteria[" + i + "]";
            code(at + ".code", criterion.code());
            unique(at + ".code", codes, criterion.code());
            text(at + ".text", criterion.text(), 4000);
            known(at + ".stages", criterion.stages(), stages);
            if (criterion.personKinds() != null) {
                for (int k = 0; k < criterion.personKinds().size(); k++) {
                    if (!PERSON_KINDS.contains(criterion.personKinds().get(k))) {
                        problem(at + ".personKinds[" + k + "]", "campaign.error.value",
                                criterion.personKinds().get(k));
                    }
                }
            }
            if (criterion.rule() != null && (criterion.rule().isBlank()
                    || criterion.rule().length() > MAX_RULE_LENGTH)) {
                problem(at + ".rule", "campaign.error.ruleLength", MAX_RULE_LENGTH);
            }
            if (criterion.target() != null && criterion.target().operator() != null
                    && !OPERATORS.contains(criterion.target().operator())) {
                problem(at + ".target.operator", "campaign.error.value", criterion.target().operator());
            }
        }
    }

    private void quotas(CampaignDefinition d, Set<String> stages, Set<String> designations) {
        Map<String, QuotaRule> byCode = new HashMap<>();
        for (int i = 0; i < d.quotas().size(); i++) {
            QuotaRule quota = d.quotas().get(i);
            String at = "quotas[" + i + "]";
            code(at + ".code", quota.code());
            if (quota.code() != null && byCode.putIfAbsent(quota.code(), quota) != null) {
                problem(at + ".code", "campaign.error.duplicate", quota.code());
            }
        }
        for (int i = 0; i < d.quotas().size(); i++) {
            QuotaRule quota = d.quotas().get(i);
            String at = "quotas[" + i + "]";
            if (quota.stages() == null || quota.stages().isEmpty()) {
                problem(at + ".stages", "campaign.error.required");
            }
            known(at + ".stages", quota.stages(), stages);
            int kinds = (quota.cap() != null && quota.percent() == null ? 1 : 0) + (quota.percentCap() ? 1 : 0)
                    + (quota.unlimitedCap() ? 1 : 0);
            if (kinds != 1) {
                problem(at + ".cap", "campaign.error.quotaKind");
            }
            if (quota.cap() != null && quota.cap() < 0) {
                problem(at + ".cap", "campaign.error.notNegative");
            }
            if (quota.percentCap() && (quota.percent() <= 0 || quota.percent() > 100 || quota.base() == null)) {
                problem(at + ".percent", "campaign.error.percent");
            }
            if (quota.designation() != null && !designations.contains(quota.designation())) {
                problem(at + ".designation", "campaign.error.unknownReference", quota.designation());
            }
            if (quota.minimumFromSubordinate() != null && (quota.minimumFromSubordinate() < 1
                    || quota.cap() == null || quota.minimumFromSubordinate() > quota.cap()
                    || (quota.perUnitOf() == null && quota.designation() == null))) {
                problem(at + ".minimumFromSubordinate", "campaign.error.minimum");
            }
            if (quota.parent() != null) {
                QuotaRule parent = byCode.get(quota.parent());
                if (parent == null) {
                    problem(at + ".parent", "campaign.error.unknownReference", quota.parent());
                } else if (quota.stages() != null && parent.stages() != null
                        && !parent.stages().containsAll(quota.stages())) {
                    problem(at + ".stages", "campaign.error.stagesOutsideParent", quota.parent());
                } else if (cycle(quota, byCode)) {
                    problem(at + ".parent", "campaign.error.cycle", quota.parent());
                }
            }
        }
    }

    private static boolean cycle(QuotaRule start, Map<String, QuotaRule> byCode) {
        Set<String> seen = new HashSet<>();
        QuotaRule current = start;
        while (current != null && current.parent() != null) {
            if (!seen.add(current.code())) {
                return true;
            }
            current = byCode.get(current.parent());
        }
        return false;
    }

    private void deadlines(CampaignDefinition d, Set<String> stages) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.deadlines().size(); i++) {
            Deadline deadline = d.deadlines().get(i);
            String at = "deadlines[" + i + "]";
            code(at + ".code", deadline.code());
            unique(at + ".code", codes, deadline.code());
            text(at + ".text", deadline.text(), 2000);
            required(at + ".relation", deadline.relation());
            if (deadline.stage() != null && !stages.contains(deadline.stage())) {
                problem(at + ".stage", "campaign.error.unknownReference", deadline.stage());
            }
            if (deadline.date() == null) {
                if (deadline.month() == null || deadline.day() == null) {
                    problem(at + ".date", "campaign.error.deadlineDate");
                } else {
                    try {
                        LocalDate.of(2024, deadline.month(), deadline.day());
                    } catch (java.time.DateTimeException e) {
                        problem(at + ".day", "campaign.error.deadlineDate");
                    }
                }
            }
        }
    }

    private void known(String path, List<String> codes, Set<String> stages) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!stages.contains(codes.get(i))) {
                problem(path + "[" + i + "]", "campaign.error.unknownReference", codes.get(i));
            }
        }
    }

    private void unique(String path, Set<String> seen, String code) {
        if (code != null && !seen.add(code)) {
            problem(path, "campaign.error.duplicate", code);
        }
    }

    private void code(String path, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            problem(path, "campaign.error.code", Objects.toString(code, ""));
        }
    }

    private void text(String path, String text, int max) {
        if (text == null || text.isBlank()) {
            problem(path, "campaign.error.required");
        } else if (text.length() > max) {
            problem(path, "campaign.error.tooLong", max);
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            problem(path, "campaign.error.required");
        }
    }

    private void problem(String path, String key, Object... arguments) {
        problems.add(DefinitionProblem.of(path, key, arguments));
    }
}
