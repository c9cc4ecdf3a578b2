package vn.thidua.council.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.council.CouncilSessions;
import vn.thidua.shared.Download;

/** The minutes of a closed session as PDF to sign and DOCX to edit, for the pages and the API alike. */
@RestController
class MinutesController {


    private final CouncilSessions councils;

    MinutesController(CouncilSessions councils) {
        this.councils = councils;
    }

    @GetMapping({"/council/{id}/minutes.pdf", "/api/v1/council/sessions/{id}/minutes.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Download.attachment(councils.minutesPdf(id), MediaType.APPLICATION_PDF, "bien-ban-hoi-dong-" + id + ".pdf");
    }

    @GetMapping({"/council/{id}/minutes.docx", "/api/v1/council/sessions/{id}/minutes.docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Download.attachment(councils.minutesDocx(id), Download.DOCX, "bien-ban-hoi-dong-" + id + ".docx");
    }

}
