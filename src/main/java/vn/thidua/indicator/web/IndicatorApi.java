package vn.thidua.indicator.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.indicator.IndicatorDeclarations;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorSnapshots;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.Scorecards;
import vn.thidua.organization.UnitLevel;

/**
 * REST API of indicators. Dossier files are sent as the request body and read as a stream, so a file of any size
 * goes through without being held in memory (XLSX excepted).
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators")
class IndicatorApi {

    private final DossierIngest ingest;
    private final IndicatorValues values;
    private final Scorecards scorecards;
    private final IndicatorDeclarations declarations;
    private final IndicatorSnapshots snapshots;

    IndicatorApi(DossierIngest ingest, IndicatorValues values, Scorecards scorecards,
            IndicatorDeclarations declarations, IndicatorSnapshots snapshots) {
        this.snapshots = snapshots;
        this.ingest = ingest;
        this.values = values;
        this.scorecards = scorecards;
        this.declarations = declarations;
    }

    @GetMapping("/definitions")
    List<IndicatorDefinition> definitions() {
        return scorecards.definitions();
    }

    @PostMapping("/dossiers")
    DossierIngest.Report ingest(@RequestParam DossierIngest.Format format,
            @RequestParam(defaultValue = "api") String source, HttpServletRequest request) throws IOException {
        return ingest.ingest(request.getInputStream(), format, source);
    }

    @PostMapping("/procedures")
    int procedures(HttpServletRequest request) throws IOException {
        return ingest.importProcedures(request.getInputStream().readAllBytes());
    }

    @PostMapping("/recompute")
    ResponseEntity<Void> recompute() {
        ingest.recompute();
        return ResponseEntity.noContent().build();
    }

    /** 204 when the indicator has no value (no denominator) for the unit and period: absent is not zero. */
    @GetMapping("/{code}/value")
    ResponseEntity<IndicatorValue> value(@PathVariable String code, @RequestParam long unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return values.value(code, unitId, from, to).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/scorecard")
    List<Scorecards.Row> scorecard(@RequestParam long unitId, @RequestParam int year,
            @RequestParam List<String> codes) {
        return scorecards.scorecard(unitId, codes, year);
    }

    @GetMapping("/{code}/ranking")
    List<Scorecards.Ranked> ranking(@PathVariable String code, @RequestParam long unitId,
            @RequestParam UnitLevel level,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return scorecards.ranking(unitId, level, code, from, to);
    }

    @GetMapping("/leaderboard")
    List<Scorecards.Scored> leaderboard(@RequestParam long unitId, @RequestParam UnitLevel level,
            @RequestParam int year) {
        return scorecards.leaderboard(unitId, level, year);
    }

    @GetMapping("/snapshots/{reference}")
    ResponseEntity<IndicatorSnapshots.Snapshot> snapshot(@PathVariable String reference) {
        return ResponseEntity.of(snapshots.snapshot(reference));
    }

    @GetMapping("/declarations")
    List<IndicatorDeclarations.Declaration> declarations(
            @RequestParam(required = false) IndicatorDeclarations.Status status) {
        return declarations.visible(status);
    }

    /** A declaration with its evidence file, as multipart form data. */
    @PostMapping(path = "/declarations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> declare(@RequestParam String indicatorCode, @RequestParam long unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @RequestParam BigDecimal value, @RequestParam(required = false) String note,
            @RequestParam MultipartFile evidence) throws IOException {
        long id = declarations.declare(new IndicatorDeclarations.NewDeclaration(indicatorCode, unitId, periodFrom,
                periodTo, value, note, evidence.getOriginalFilename(), evidence.getBytes()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    record Review(long version, String reason) {
    }

    @PostMapping("/declarations/{id}/accept")
    ResponseEntity<Void> accept(@PathVariable long id, @RequestBody Review review) {
        declarations.accept(id, review.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/declarations/{id}/return")
    ResponseEntity<Void> returnToUnit(@PathVariable long id, @RequestBody Review review) {
        declarations.returnToUnit(id, review.version(), review.reason());
        return ResponseEntity.noContent().build();
    }
}
