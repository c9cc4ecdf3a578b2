package vn.thidua.nomination.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.nomination.ProposalManagement;
import vn.thidua.nomination.ProposalStatus;
import vn.thidua.nomination.ProposalView;

/** REST API of proposals; every action names the version it acts on (optimistic locking). */
@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals")
class ProposalApi {

    private final ProposalManagement proposals;

    ProposalApi(ProposalManagement proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    Page<ProposalView> list(@RequestParam(required = false) ProposalStatus status,
            @RequestParam(defaultValue = "0") int page) {
        return proposals.visibleProposals(status, PageRequest.of(Math.max(page, 0), 20));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProposalView draft(@Valid @RequestBody DraftRequest request) {
        return proposals.proposal(proposals.draft(new ProposalManagement.NewProposal(request.personId(),
                request.awardCode(), request.summary())));
    }

    @GetMapping("/{id}")
    ProposalView proposal(@PathVariable long id) {
        return proposals.proposal(id);
    }

    @PutMapping("/{id}")
    ProposalView edit(@PathVariable long id, @Valid @RequestBody EditRequest request) {
        proposals.edit(id, request.version(), request.summary());
        return proposals.proposal(id);
    }

    @PostMapping("/{id}/submit")
    ProposalView submit(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
        proposals.submit(id, request.version());
        return proposals.proposal(id);
    }

    @PostMapping("/{id}/approve")
    ProposalView approve(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
        proposals.approve(id, request.version());
        return proposals.proposal(id);
    }

    @PostMapping("/{id}/return")
    ProposalView returnToUnit(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
        proposals.returnToUnit(id, request.version(), request.reason());
        return proposals.proposal(id);
    }

    record DraftRequest(@NotNull Long personId, @NotBlank String awardCode, @NotBlank String summary) {
    }

    record EditRequest(@NotNull Long version, @NotBlank String summary) {
    }

    record ActionRequest(@NotNull Long version, String reason) {
    }
}
