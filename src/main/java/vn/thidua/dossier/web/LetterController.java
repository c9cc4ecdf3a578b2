package vn.thidua.dossier.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.dossier.ProposalLetters;

/** The tờ trình of a dossier as PDF and DOCX, for the pages and the API alike. */
@RestController
class LetterController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProposalLetters letters;

    LetterController(ProposalLetters letters) {
        this.letters = letters;
    }

    @GetMapping({"/dossiers/{id}/to-trinh.pdf", "/api/v1/dossiers/{id}/to-trinh.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam String signer) {
        return file(letters.pdf(id, signer), MediaType.APPLICATION_PDF, id, "pdf");
    }

    @GetMapping({"/dossiers/{id}/to-trinh.docx", "/api/v1/dossiers/{id}/to-trinh.docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam String signer) {
        return file(letters.docx(id, signer), DOCX, id, "docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, long id, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("to-trinh-ho-so-" + id + "." + extension).build().toString())
                .body(content);
    }
}
