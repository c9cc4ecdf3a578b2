package vn.thidua.campaign.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignDefinition;
import vn.thidua.campaign.Criterion;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.Scorecards;
import vn.thidua.indicator.TrafficLight;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;

/**
 * A campaign's scorecard: its measurable targets (criteria that name an indicator and a value) against the actual
 * values of a unit and its direct subordinates over a year of the campaign, each cell with its traffic light. A
 * unit is judged against the target set for its level (e.g. DTI rank ≤ 5 for agencies, first for communes).
 */
@Controller
class CampaignScorecardController {

    private final CampaignCatalog catalog;
    private final IndicatorValues values;
    private final Scorecards scorecards;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final BigDecimal amberShare;

    CampaignScorecardController(CampaignCatalog catalog, IndicatorValues values, Scorecards scorecards,
            OrganizationDirectory organization, Clock clock,
            @Value("${thidua.indicator.amber-share}") BigDecimal amberShare) {
        this.catalog = catalog;
        this.values = values;
        this.scorecards = scorecards;
        this.organization = organization;
        this.clock = clock;
        this.amberShare = amberShare;
    }

    record Cell(IndicatorValue value, Criterion criterion, TrafficLight light) {
    }

    record UnitRow(UnitInfo unit, Map<String, Cell> cells) {
    }

    @GetMapping("/campaigns/{code}/scorecard")
    String scorecard(@PathVariable String code, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Integer year, Model model) {
        CampaignDefinition campaign = catalog.campaign(code).definition();
        Map<String, IndicatorDefinition> known = new LinkedHashMap<>();
        scorecards.definitions().forEach(d -> known.put(d.code(), d));
        List<Criterion> targets = campaign.criteria().stream().filter(c -> c.target() != null
                && c.target().indicator() != null && c.target().value() != null
                && known.containsKey(c.target().indicator())).toList();
        Map<String, IndicatorDefinition> columns = new LinkedHashMap<>();
        targets.forEach(c -> columns.put(c.target().indicator(), known.get(c.target().indicator())));
        int shownYear = year != null ? year : defaultYear(campaign);
        LocalDate from = LocalDate.of(shownYear, 1, 1);
        LocalDate to = LocalDate.of(shownYear, 12, 31);
        UnitInfo root = unit != null ? organization.unit(unit) : owner(campaign);
        List<UnitInfo> units = new ArrayList<>();
        units.add(root);
        organization.children(root.id()).stream().filter(u -> u.activeOn(to) || u.activeOn(from)).forEach(units::add);
        List<UnitRow> rows = new ArrayList<>();
        for (UnitInfo shown : units) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (String indicator : columns.keySet()) {
                Optional<Criterion> target = targets.stream().filter(c -> c.target().indicator().equals(indicator)
                        && (c.unitLevels().isEmpty() || c.unitLevels().contains(shown.level()))).findFirst();
                IndicatorValue value = values.value(indicator, shown.id(), from, to).orElse(null);
                cells.put(indicator, new Cell(value, target.orElse(null), target.map(c -> TrafficLight.of(value,
                        c.target().operator(), BigDecimal.valueOf(c.target().value()), amberShare))
                        .orElse(TrafficLight.NONE)));
            }
            rows.add(new UnitRow(shown, cells));
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("code", code);
        model.addAttribute("root", root);
        model.addAttribute("year", shownYear);
        model.addAttribute("columns", columns.values());
        model.addAttribute("rows", rows);
        return "campaign/scorecard";
    }

    /** This year while the campaign runs, else its last year (or first, before it starts). */
    private int defaultYear(CampaignDefinition campaign) {
        int now = LocalDate.now(clock).getYear();
        if (campaign.endDate() != null && now > campaign.endDate().getYear()) {
            return campaign.endDate().getYear();
        }
        if (campaign.startDate() != null && now < campaign.startDate().getYear()) {
            return campaign.startDate().getYear();
        }
        return now;
    }

    private UnitInfo owner(CampaignDefinition campaign) {
        return Optional.ofNullable(campaign.ownerUnitCode()).flatMap(organization::unitByCode)
                .orElseGet(() -> organization.roots().get(0));
    }
}
