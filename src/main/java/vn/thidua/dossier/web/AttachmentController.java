package vn.thidua.dossier.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.StoredFile;
import vn.thidua.shared.Download;

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
        return Download.attachment(file.content(), MediaType.parseMediaType(file.contentType()), file.fileName());
    }
}
