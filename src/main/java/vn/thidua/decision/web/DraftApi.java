package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.DecisionDrafts;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.decision.DraftView;

/** REST API of decisions drafted from council results. */
@RestController
@RequestMapping("/api/v1/decision-drafts")
@Tag(name = "Decision drafts")
class DraftApi {

    private final DecisionDrafts drafts;

    DraftApi(DecisionDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping
    List<DraftView> list() {
        return drafts.drafts();
    }

    @GetMapping("/{id}")
    DraftView draft(@PathVariable long id) {
        return drafts.draft(id);
    }

    @PostMapping("/{id}/approve")
    DecisionInfo approve(@PathVariable long id, @Valid @RequestBody ApproveRequest request) {
        return drafts.approve(id, request.version());
    }

    record ApproveRequest(@NotNull Long version) {
    }
}
