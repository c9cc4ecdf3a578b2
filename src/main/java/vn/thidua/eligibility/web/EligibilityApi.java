package vn.thidua.eligibility.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.catalog.SubjectType;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.EligibilityCheck;
import vn.thidua.eligibility.ExpressionProblem;
import vn.thidua.eligibility.ManualFact;
import vn.thidua.eligibility.Prescreen;
import vn.thidua.eligibility.RuleSetView;
import vn.thidua.eligibility.SubjectRef;
import vn.thidua.eligibility.Verdict;

/** REST API of the eligibility engine: verdicts, pre-screen (JSON and Excel), rules, manual facts. */
@RestController
@RequestMapping("/api/v1/eligibility")
@Tag(name = "Eligibility")
class EligibilityApi {

    private final EligibilityCheck eligibility;

    EligibilityApi(EligibilityCheck eligibility) {
        this.eligibility = eligibility;
    }

    @PostMapping("/check-expression")
    List<ExpressionProblem> check(@Valid @RequestBody Expression request) {
        return eligibility.checkCriterionExpression(request.expression());
    }

    @GetMapping("/people/{id}")
    Verdict person(@PathVariable long id, @RequestParam String award, @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return eligibility.evaluate(SubjectRef.person(id), award, year, on);
    }

    @GetMapping("/units/{id}")
    Verdict unit(@PathVariable long id, @RequestParam String award, @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return eligibility.evaluate(SubjectRef.unit(id), award, year, on);
    }

    @GetMapping("/prescreen")
    Prescreen prescreen(@RequestParam String award, @RequestParam SubjectType subjectType, @RequestParam long unitId,
            @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return eligibility.prescreen(award, subjectType, unitId, year, on);
    }

    @GetMapping("/prescreen.xlsx")
    ResponseEntity<byte[]> prescreenWorkbook(@RequestParam String award, @RequestParam SubjectType subjectType,
            @RequestParam long unitId, @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return EligibilityController.workbook(eligibility, eligibility.prescreen(award, subjectType, unitId, year, on));
    }

    @GetMapping("/rules/{awardCode}")
    List<RuleSetView> rules(@PathVariable String awardCode) {
        return eligibility.ruleSets(awardCode);
    }

    @PutMapping("/criteria/{id}")
    RuleSetView.CriterionView save(@PathVariable long id, @Valid @RequestBody CriterionChange request) {
        return eligibility.saveCriterion(id, request.version(), new CriterionDefinition(request.code(),
                request.name(), request.route(), request.expression(), request.legalBasis()), request.reason());
    }

    @PostMapping("/manual-facts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> manual(@Valid @RequestBody ManualFactRequest request) {
        return Map.of("id", eligibility.enterManualFact(new ManualFact(request.kind(), request.code(),
                request.unitId(), request.periodFrom(), request.periodTo(), request.value(), request.source()),
                request.reason()));
    }

    record Expression(@NotNull String expression) {
    }

    record CriterionChange(@NotNull Long version, String code, @NotBlank String name, String route,
            @NotBlank String expression, @NotBlank String legalBasis, @NotBlank String reason) {
    }

    record ManualFactRequest(@NotNull ManualFact.Kind kind, @NotBlank String code, long unitId,
            @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo, @NotNull java.math.BigDecimal value,
            @NotBlank String source, String reason) {
    }
}
