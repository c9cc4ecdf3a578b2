package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.DecisionAmendments;

/** REST API of corrections (đính chính) and annulments (hủy bỏ) of decisions. */
@RestController
@RequestMapping("/api/v1/decisions/{id}")
@Tag(name = "Decisions")
class AmendmentApi {

    private final DecisionAmendments amendments;

    AmendmentApi(DecisionAmendments amendments) {
        this.amendments = amendments;
    }

    record Annulment(long version, String reference, String reason) {
    }

    record Correction(long version, int position, String correctedName, String reference, String reason) {
    }

    @GetMapping("/amendments")
    List<DecisionAmendments.Amendment> list(@PathVariable long id) {
        return amendments.amendments(id);
    }

    @PostMapping("/annulment")
    List<DecisionAmendments.Amendment> annul(@PathVariable long id, @RequestBody Annulment request) {
        amendments.annul(id, request.version(), request.reference(), request.reason());
        return amendments.amendments(id);
    }

    @PostMapping("/corrections")
    List<DecisionAmendments.Amendment> correct(@PathVariable long id, @RequestBody Correction request) {
        amendments.correctRecipientName(id, request.version(), request.position(), request.correctedName(),
                request.reference(), request.reason());
        return amendments.amendments(id);
    }
}
