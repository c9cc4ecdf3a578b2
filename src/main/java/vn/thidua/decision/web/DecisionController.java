package vn.thidua.decision.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.DecisionInfo;
import vn.thidua.decision.DecisionManagement;

/** Decisions as data and as documents (PDF to print, DOCX to edit), for the UI and the API alike. */
@RestController
class DecisionController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

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
        return file(decisions.pdf(id), MediaType.APPLICATION_PDF, id, "pdf");
    }

    @GetMapping({"/decisions/{id}.docx", "/api/v1/decisions/{id}/docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(decisions.docx(id), DOCX, id, "docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, long id, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("quyet-dinh-" + id + "." + extension).build().toString())
                .body(content);
    }
}
