package vn.thidua.dossier.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.dossier.AchievementReports;
import vn.thidua.dossier.ProposalLetters;
import vn.thidua.shared.Download;

/** The tờ trình of a dossier and the drafted achievement reports of its nominees, as PDF and DOCX. */
@RestController
class LetterController {


    private final ProposalLetters letters;
    private final AchievementReports reports;

    LetterController(ProposalLetters letters, AchievementReports reports) {
        this.letters = letters;
        this.reports = reports;
    }

    @GetMapping({"/dossiers/{id}/nominees/{nomineeId}/bao-cao-thanh-tich.docx",
        "/api/v1/dossiers/{id}/nominees/{nomineeId}/achievement-report.docx"})
    ResponseEntity<byte[]> reportDocx(@PathVariable long id, @PathVariable long nomineeId) {
        return Download.attachment(reports.docx(id, nomineeId), Download.DOCX, "bao-cao-thanh-tich-" + nomineeId + ".docx");
    }

    @GetMapping({"/dossiers/{id}/nominees/{nomineeId}/bao-cao-thanh-tich.pdf",
        "/api/v1/dossiers/{id}/nominees/{nomineeId}/achievement-report.pdf"})
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, @PathVariable long nomineeId) {
        return Download.attachment(reports.pdf(id, nomineeId), MediaType.APPLICATION_PDF, "bao-cao-thanh-tich-" + nomineeId + ".pdf");
    }

    @GetMapping({"/dossiers/{id}/to-trinh.pdf", "/api/v1/dossiers/{id}/to-trinh.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam String signer) {
        return Download.attachment(letters.pdf(id, signer), MediaType.APPLICATION_PDF, "to-trinh-ho-so-" + id + ".pdf");
    }

    @GetMapping({"/dossiers/{id}/to-trinh.docx", "/api/v1/dossiers/{id}/to-trinh.docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam String signer) {
        return Download.attachment(letters.docx(id, signer), Download.DOCX, "to-trinh-ho-so-" + id + ".docx");
    }

}
