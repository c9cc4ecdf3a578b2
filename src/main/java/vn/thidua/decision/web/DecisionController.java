package vn.thidua.decision.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.decision.DecisionManagement;
import vn.thidua.shared.Download;

/** Decisions as data and as documents (PDF to print, DOCX to edit), for the UI and the API alike. */
@RestController
class DecisionController {

    private final DecisionManagement decisions;

    DecisionController(DecisionManagement decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/api/v1/decisions/{id}")
    DecisionInfo decision(@PathVariable long id) {
        return decisions.decision(id);
    }

    @GetMapping({"/decisions/{id}.pdf", "/api/v1/decisions/{id}/pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Download.attachment(decisions.pdf(id), MediaType.APPLICATION_PDF, "quyet-dinh-" + id + ".pdf");
    }

    @GetMapping({"/decisions/{id}.docx", "/api/v1/decisions/{id}/docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Download.attachment(decisions.docx(id), Download.DOCX, "quyet-dinh-" + id + ".docx");
    }

}
