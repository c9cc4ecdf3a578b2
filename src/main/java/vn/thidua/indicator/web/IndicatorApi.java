package vn.thidua.indicator.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.indicator.Scorecards;

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

    IndicatorApi(DossierIngest ingest, IndicatorValues values, Scorecards scorecards) {
        this.ingest = ingest;
        this.values = values;
        this.scorecards = scorecards;
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
}
