package vn.thidua.council.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.council.CouncilSessions;

/** The minutes of a closed session as PDF to sign and DOCX to edit, for the pages and the API alike. */
@RestController
class MinutesController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CouncilSessions councils;

    MinutesController(CouncilSessions councils) {
        this.councils = councils;
    }

    @GetMapping({"/council/{id}/minutes.pdf", "/api/v1/council/sessions/{id}/minutes.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(councils.minutesPdf(id), MediaType.APPLICATION_PDF, id, "pdf");
    }

    @GetMapping({"/council/{id}/minutes.docx", "/api/v1/council/sessions/{id}/minutes.docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(councils.minutesDocx(id), DOCX, id, "docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, long id, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bien-ban-hoi-dong-" + id + "." + extension).build().toString())
                .body(content);
    }
}
