package vn.thidua.council.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import vn.thidua.council.Attendance;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.NomineeKind;
import vn.thidua.council.PublishedBallot;
import vn.thidua.council.SessionKind;
import vn.thidua.council.SessionView;
import vn.thidua.council.Vote;

/** REST API of council sessions; changes name the version they act on, ballots return their receipt once. */
@RestController
@RequestMapping("/api/v1/council/sessions")
@Tag(name = "Council sessions")
class CouncilApi {

    private final CouncilSessions councils;

    CouncilApi(CouncilSessions councils) {
        this.councils = councils;
    }

    @GetMapping
    List<SessionView> list() {
        return councils.sessions();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SessionView create(@Valid @RequestBody CreateRequest request) {
        return councils.session(councils.create(new CouncilSessions.NewSession(request.councilUnitId(),
                request.title(), request.heldOn(), request.kind(), request.members().stream()
                        .map(m -> new CouncilSessions.NewMember(m.username(), m.fullName(), m.unitId(), m.chair()))
                        .toList())));
    }

    @GetMapping("/{id}")
    SessionView session(@PathVariable long id) {
        return councils.session(id);
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView addItem(@PathVariable long id, @Valid @RequestBody ItemRequest request) {
        councils.addItem(id, request.version(),
                new CouncilSessions.NewItem(request.nomineeKind(), request.nomineeId(), request.awardCode()));
        return councils.session(id);
    }

    @PostMapping("/{id}/items/from-dossiers")
    SessionView fromDossiers(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        councils.addItemsFromDossiers(id, request.version());
        return councils.session(id);
    }

    @PutMapping("/{id}/quotas/{awardCode}")
    SessionView quota(@PathVariable long id, @PathVariable String awardCode,
            @Valid @RequestBody QuotaRequest request) {
        councils.setQuota(id, request.version(), awardCode, request.places());
        return councils.session(id);
    }

    @PutMapping("/{id}/members/{memberId}/attendance")
    SessionView attendance(@PathVariable long id, @PathVariable long memberId,
            @Valid @RequestBody AttendanceRequest request) {
        councils.recordAttendance(id, request.version(), memberId, request.attendance());
        return councils.session(id);
    }

    @PostMapping("/{id}/items/{itemId}/conflict")
    SessionView conflict(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ConflictRequest request) {
        councils.declareConflict(id, itemId, request.note());
        return councils.session(id);
    }

    @PostMapping("/{id}/voting")
    SessionView startVoting(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        councils.startVoting(id, request.version());
        return councils.session(id);
    }

    @PostMapping("/{id}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt cast(@PathVariable long id, @Valid @RequestBody BallotRequest request) {
        return new Receipt(councils.castBallot(id, request.votes()));
    }

    @PostMapping("/{id}/members/{memberId}/written-ballot")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt written(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody BallotRequest request) {
        return new Receipt(councils.recordWrittenBallot(id, memberId, request.votes()));
    }

    @PostMapping("/{id}/tie-break")
    SessionView tieBreak(@PathVariable long id, @Valid @RequestBody TieBreakRequest request) {
        councils.breakTie(id, request.version(), request.itemOrder());
        return councils.session(id);
    }

    @PostMapping("/{id}/close")
    SessionView close(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        councils.close(id, request.version());
        return councils.session(id);
    }

    @GetMapping("/{id}/ballots")
    List<PublishedBallot> ballots(@PathVariable long id) {
        return councils.ballots(id);
    }

    record MemberRequest(@NotBlank String username, @NotBlank String fullName, @NotNull Long unitId, boolean chair) {
    }

    record CreateRequest(@NotNull Long councilUnitId, @NotBlank String title, @NotNull LocalDate heldOn,
            @NotNull SessionKind kind, @NotEmpty List<@Valid MemberRequest> members) {
    }

    record ItemRequest(@NotNull Long version, @NotNull NomineeKind nomineeKind, @NotNull Long nomineeId,
            @NotBlank String awardCode) {
    }

    record QuotaRequest(@NotNull Long version, @NotNull @Min(0) Integer places) {
    }

    record AttendanceRequest(@NotNull Long version, @NotNull Attendance attendance) {
    }

    record ConflictRequest(@NotBlank String note) {
    }

    record VersionRequest(@NotNull Long version) {
    }

    record BallotRequest(@NotNull Map<Long, Vote> votes) {
    }

    record TieBreakRequest(@NotNull Long version, @NotEmpty List<Long> itemOrder) {
    }

    record Receipt(String receipt) {
    }
}
