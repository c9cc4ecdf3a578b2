package vn.thidua.dossier.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.StoredFile;

/** A dossier's attachment as it was uploaded, for the pages and the API alike. */
@RestController
class AttachmentController {

    private final DossierManagement dossiers;

    AttachmentController(DossierManagement dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping({"/dossiers/{id}/attachments/{attachmentId}", "/api/v1/dossiers/{id}/attachments/{attachmentId}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        StoredFile file = dossiers.attachment(id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
