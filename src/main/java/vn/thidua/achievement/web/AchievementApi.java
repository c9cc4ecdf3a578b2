package vn.thidua.achievement.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Discipline;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.PendingCase;
import vn.thidua.achievement.TaskRating;
import vn.thidua.achievement.UnitYear;

/** REST API of achievement records (hồ sơ thành tích) of people and units. Every change carries a reason. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Achievements")
class AchievementApi {

    private final AchievementRecords records;

    AchievementApi(AchievementRecords records) {
        this.records = records;
    }

    @GetMapping("/people/{id}/achievements")
    Map<String, Object> person(@PathVariable long id) {
        return Map.of("years", records.personYears(id), "disciplines", records.disciplines(id),
                "cases", records.pendingCases(PendingCase.SubjectKind.INDIVIDUAL, id),
                "initiatives", records.initiatives(id));
    }

    @GetMapping("/units/{id}/achievements")
    Map<String, Object> unit(@PathVariable long id) {
        return Map.of("years", records.unitYears(id), "awards", records.unitAwards(id),
                "cases", records.pendingCases(PendingCase.SubjectKind.COLLECTIVE, id));
    }

    @PutMapping("/people/{id}/ratings/{year}")
    List<?> rate(@PathVariable long id, @PathVariable int year, @Valid @RequestBody Rating request) {
        records.ratePerson(id, year, request.rating(), request.maternityLeave(), request.source(), request.reason());
        return records.personYears(id);
    }

    @PutMapping("/units/{id}/years/{year}")
    List<UnitYear> rateUnit(@PathVariable long id, @PathVariable int year, @Valid @RequestBody UnitRating request) {
        records.rateUnit(new UnitYear(id, year, request.rating(), request.memberCount(), request.womenCount(),
                request.completedCount(), request.ldttCount(), request.cstdcsCount(), request.disciplinedCount(),
                request.source()), request.reason());
        return records.unitYears(id);
    }

    @PostMapping("/people/{id}/disciplines")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> discipline(@PathVariable long id, @Valid @RequestBody NewDiscipline request) {
        return Map.of("id", records.recordDiscipline(id, request.form(), request.decidedOn(), request.effectiveFrom(),
                request.effectiveTo(), request.decisionNumber(), request.reason()));
    }

    @PostMapping("/people/{id}/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> initiative(@PathVariable long id, @Valid @RequestBody NewInitiative request) {
        return Map.of("id", records.recordInitiative(id, request.title(), request.kind(), request.scope(),
                request.recognisedOn(), request.recognisedBy(), request.reason()));
    }

    @PostMapping("/initiatives/{id}/use")
    void use(@PathVariable long id, @Valid @RequestBody Use request) {
        records.useInitiative(id, request.awardCode(), request.year(), request.reason());
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> open(@Valid @RequestBody NewCase request) {
        return Map.of("id", records.openCase(request.subjectType(), request.subjectId(), request.kind(),
                request.openedOn(), request.note(), request.reason()));
    }

    @PostMapping("/cases/{id}/close")
    void close(@PathVariable long id, @Valid @RequestBody Close request) {
        records.closeCase(id, request.closedOn(), request.reason());
    }

    @PostMapping("/units/{id}/awards")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> unitAward(@PathVariable long id, @Valid @RequestBody NewUnitAward request) {
        return Map.of("id", records.recordUnitAward(id, request.awardCode(), request.year(), request.kindCode(),
                request.decisionNumber(), request.decisionDate(), request.reason()));
    }

    record Rating(@NotNull TaskRating rating, boolean maternityLeave, @NotBlank String source, String reason) {
    }

    record UnitRating(TaskRating rating, int memberCount, int womenCount, Integer completedCount, Integer ldttCount,
            Integer cstdcsCount, Integer disciplinedCount, @NotBlank String source, String reason) {
    }

    record NewDiscipline(@NotNull Discipline.Form form, @NotNull LocalDate decidedOn, @NotNull LocalDate effectiveFrom,
            @NotNull LocalDate effectiveTo, @NotBlank String decisionNumber, String reason) {
    }

    record NewInitiative(@NotBlank String title, @NotNull Initiative.WorkKind kind, @NotNull Initiative.Scope scope,
            @NotNull LocalDate recognisedOn, @NotBlank String recognisedBy, String reason) {
    }

    record Use(@NotBlank String awardCode, int year, String reason) {
    }

    record NewCase(@NotNull PendingCase.SubjectKind subjectType, long subjectId, @NotNull PendingCase.Kind kind,
            @NotNull LocalDate openedOn, @NotBlank String note, String reason) {
    }

    record Close(@NotNull LocalDate closedOn, String reason) {
    }

    record NewUnitAward(@NotBlank String awardCode, int year, @NotBlank String kindCode,
            @NotBlank String decisionNumber, @NotNull LocalDate decisionDate, String reason) {
    }
}
