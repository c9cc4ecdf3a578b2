package vn.thidua.dossier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.catalog.SubjectType;
import vn.thidua.dossier.Component;
import vn.thidua.dossier.DossierAppraisal;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.DossierView;

/** REST API of nomination dossiers; every change names the version it acts on. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers")
class DossierApi {

    private final DossierManagement dossiers;
    private final DossierAppraisal appraisal;

    DossierApi(DossierManagement dossiers, DossierAppraisal appraisal) {
        this.dossiers = dossiers;
        this.appraisal = appraisal;
    }

    @GetMapping
    List<DossierView> list() {
        return dossiers.visibleDossiers();
    }

    /** Sending the same creation key again (a retry) answers with the dossier it created the first time. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DossierView create(@Valid @RequestBody CreateRequest request) {
        DossierManagement.NewDossier dossier = new DossierManagement.NewDossier(request.creationKey(),
                request.proposingUnitId(), request.awardCode(), request.achievementYear(), request.campaignCode(),
                request.title());
        long id;
        try {
            id = dossiers.create(dossier);
        } catch (DataIntegrityViolationException raced) {
            // two tabs sent one key at the same moment: the unique key let one in, and this retry finds it
            id = dossiers.create(dossier);
        }
        return dossiers.dossier(id);
    }

    @GetMapping("/{id}")
    DossierView dossier(@PathVariable long id) {
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/nominees")
    @ResponseStatus(HttpStatus.CREATED)
    DossierView addNominee(@PathVariable long id, @Valid @RequestBody NomineeRequest request) {
        dossiers.addNominee(id, request.version(), new DossierManagement.NewNominee(request.type(),
                request.subjectId(), request.householdName(), request.achievement()));
        return dossiers.dossier(id);
    }

    @DeleteMapping("/{id}/nominees/{nomineeId}")
    DossierView removeNominee(@PathVariable long id, @PathVariable long nomineeId, @RequestParam long version) {
        dossiers.removeNominee(id, version, nomineeId);
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/nominees/{nomineeId}/justification")
    DossierView justify(@PathVariable long id, @PathVariable long nomineeId,
            @Valid @RequestBody TextRequest request) {
        dossiers.justify(id, request.version(), nomineeId, request.text());
        return dossiers.dossier(id);
    }

    @PostMapping(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DossierView attach(@PathVariable long id, @RequestParam Component component,
            @RequestParam("file") MultipartFile file) throws IOException {
        dossiers.attach(id, component, file.getOriginalFilename(), file.getBytes());
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/submit")
    DossierView submit(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        dossiers.submit(id, request.version());
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/submit-on-behalf")
    DossierView submitOnBehalf(@PathVariable long id, @Valid @RequestBody OnBehalfRequest request) {
        dossiers.submitOnBehalf(id, request.version(), request.onPaper());
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/receive")
    DossierView receive(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        appraisal.receive(id, request.version());
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/return")
    DossierView returnForSupplement(@PathVariable long id, @Valid @RequestBody TextRequest request) {
        appraisal.returnForSupplement(id, request.version(), request.text());
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/nominees/{nomineeId}/appraisal")
    DossierView appraise(@PathVariable long id, @PathVariable long nomineeId,
            @Valid @RequestBody AppraisalRequest request) {
        appraisal.appraise(id, request.version(), nomineeId, request.eligible(), request.note());
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/appraised")
    DossierView appraised(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        appraisal.completeAppraisal(id, request.version());
        return dossiers.dossier(id);
    }

    /** Trình ký: drafts the decision on an appraised dossier whose award needs no council ballot. */
    @PostMapping("/{id}/propose-decision")
    DraftCreated proposeDecision(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return new DraftCreated(appraisal.proposeDecision(id, request.version()));
    }

    record DraftCreated(long draftId) {
    }

    record CreateRequest(@NotBlank String creationKey, @NotNull Long proposingUnitId, @NotBlank String awardCode,
            @NotNull Integer achievementYear, String campaignCode, @NotBlank String title) {
    }

    record NomineeRequest(@NotNull Long version, @NotNull SubjectType type, Long subjectId, String householdName,
            @NotBlank String achievement) {
    }

    record VersionRequest(@NotNull Long version) {
    }

    record TextRequest(@NotNull Long version, @NotBlank String text) {
    }

    record OnBehalfRequest(@NotNull Long version, boolean onPaper) {
    }

    record AppraisalRequest(@NotNull Long version, @NotNull Boolean eligible, String note) {
    }
}
