package vn.thidua.indicator.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorSnapshots;
import vn.thidua.indicator.Scorecards;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.organization.UnitLevel;
import vn.thidua.shared.Download;
import vn.thidua.shared.NotFoundException;

/**
 * Indicator pages: the scorecard of a unit and its direct subordinates with the unit's monthly trend, rankings of
 * agencies or communes with the QĐ 766 leaderboard, their Excel exports, the upload of dossier files, and frozen
 * snapshots.
 */
@Controller
class IndicatorController {

    private final Scorecards scorecards;
    private final DossierIngest ingest;
    private final OrganizationDirectory organization;
    private final IndicatorWorkbooks workbooks;
    private final IndicatorSnapshots snapshots;
    private final Clock clock;

    IndicatorController(Scorecards scorecards, DossierIngest ingest, OrganizationDirectory organization,
            IndicatorWorkbooks workbooks, IndicatorSnapshots snapshots, Clock clock) {
        this.scorecards = scorecards;
        this.snapshots = snapshots;
        this.ingest = ingest;
        this.organization = organization;
        this.workbooks = workbooks;
        this.clock = clock;
    }

    @GetMapping("/indicators")
    String scorecard(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            Model model) {
        UnitInfo root = root(unit);
        int shownYear = year != null ? year : LocalDate.now(clock).getYear();
        List<IndicatorDefinition> computed = scorecards.definitions().stream().filter(d -> !d.declared()).toList();
        List<Scorecards.Row> rows = scorecards.scorecard(root.id(), computed.stream()
                .map(IndicatorDefinition::code).toList(), shownYear);
        Set<String> inRows = new HashSet<>();
        rows.forEach(r -> inRows.add(r.indicatorCode()));
        List<IndicatorDefinition> shown = computed.stream().filter(d -> inRows.contains(d.code())).toList();
        Map<Long, Map<String, Scorecards.Row>> byUnit = new HashMap<>();
        rows.forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new HashMap<>()).put(r.indicatorCode(), r));
        LocalDate yearEnd = LocalDate.of(shownYear, 12, 31);
        List<UnitInfo> children = organization.children(root.id()).stream()
                .filter(u -> u.activeOn(yearEnd) || u.activeOn(LocalDate.of(shownYear, 1, 1))).toList();
        model.addAttribute("root", root);
        model.addAttribute("path", organization.path(root.id()));
        model.addAttribute("year", shownYear);
        model.addAttribute("definitions", shown);
        List<UnitInfo> units = new ArrayList<>();
        units.add(root);
        units.addAll(children);
        model.addAttribute("units", units);
        model.addAttribute("cells", byUnit);
        model.addAttribute("trend", TrendChart.of(shown, byUnit.getOrDefault(root.id(), Map.of())));
        return "indicator/scorecard";
    }

    @GetMapping("/indicators/scorecard.xlsx")
    ResponseEntity<byte[]> scorecardWorkbook(@RequestParam long unit, @RequestParam int year) {
        List<IndicatorDefinition> computed = scorecards.definitions().stream().filter(d -> !d.declared()).toList();
        byte[] content = workbooks.scorecard(computed, scorecards.scorecard(unit, computed.stream()
                .map(IndicatorDefinition::code).toList(), year), year);
        return Download.attachment(content, Download.XLSX, "bang-chi-tieu-" + year + ".xlsx");
    }

    @GetMapping("/indicators/rankings")
    String rankings(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "AGENCY") UnitLevel level, @RequestParam(required = false) String code,
            Model model) {
        UnitInfo root = root(unit);
        int shownYear = year != null ? year : LocalDate.now(clock).getYear();
        List<IndicatorDefinition> definitions = scorecards.definitions();
        String shownCode = code != null ? code : definitions.get(0).code();
        model.addAttribute("root", root);
        model.addAttribute("year", shownYear);
        model.addAttribute("level", level);
        model.addAttribute("levels", List.of(UnitLevel.AGENCY, UnitLevel.COMMUNE, UnitLevel.DISTRICT));
        model.addAttribute("definitions", definitions);
        model.addAttribute("code", shownCode);
        model.addAttribute("ranking", scorecards.ranking(root.id(), level, shownCode, LocalDate.of(shownYear, 1, 1),
                LocalDate.of(shownYear, 12, 31)));
        model.addAttribute("leaderboard", scorecards.leaderboard(root.id(), level, shownYear));
        return "indicator/rankings";
    }

    @GetMapping("/indicators/rankings.xlsx")
    ResponseEntity<byte[]> rankingsWorkbook(@RequestParam long unit, @RequestParam int year,
            @RequestParam UnitLevel level, @RequestParam String code) {
        byte[] content = workbooks.rankings(code, scorecards.ranking(unit, level, code, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)), scorecards.leaderboard(unit, level, year));
        return Download.attachment(content, Download.XLSX, "xep-hang-" + code.toLowerCase(Locale.ROOT) + "-" + year + ".xlsx");
    }

    @GetMapping("/indicators/upload")
    String uploadForm(Model model) {
        model.addAttribute("formats", DossierIngest.Format.values());
        return "indicator/upload";
    }

    /** Answers the report fragment; the page shows the transfer's progress while the file goes up. */
    @PostMapping("/indicators/upload")
    String upload(@RequestParam MultipartFile file, @RequestParam DossierIngest.Format format, Model model)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            model.addAttribute("report", ingest.ingest(content, format, file.getOriginalFilename() == null
                    ? "upload" : file.getOriginalFilename()));
        }
        return "indicator/upload :: report";
    }

    @GetMapping("/indicators/snapshots/{reference}")
    String snapshot(@PathVariable String reference, Model model) {
        IndicatorSnapshots.Snapshot snapshot = snapshots.snapshot(reference)
                .orElseThrow(() -> new NotFoundException("snapshot", reference));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("takenAt", java.time.LocalDateTime.ofInstant(snapshot.takenAt(), clock.getZone()));
        model.addAttribute("unit", organization.unit(snapshot.unitId()));
        Map<String, IndicatorDefinition> names = new HashMap<>();
        scorecards.definitions().forEach(d -> names.put(d.code(), d));
        model.addAttribute("definitions", names);
        return "indicator/snapshot";
    }

    /** The unit asked for, or the first root the reader sees (the province). */
    private UnitInfo root(Long unit) {
        return unit != null ? organization.unit(unit) : organization.roots().get(0);
    }

}
