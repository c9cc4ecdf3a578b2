package vn.thidua.registry.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.document.CertificateSheet;
import vn.thidua.registry.Certificates;
import vn.thidua.shared.BusinessRuleException;

/** Certificates of a decision as one PDF, and the public page that verifies a certificate by its code. */
@Controller
class CertificateController {

    /** A printer is calibrated by a few millimetres; more than this is a typing mistake, not a calibration. */
    private static final double MAX_SHIFT_MM = 30;

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping({"/decisions/{id}/certificates.pdf", "/api/v1/decisions/{id}/certificates.pdf"})
    @ResponseBody
    ResponseEntity<byte[]> print(@PathVariable long id, @RequestParam(defaultValue = "false") boolean blank,
            @RequestParam(defaultValue = "0") double right, @RequestParam(defaultValue = "0") double down) {
        checkShift(right, "right");
        checkShift(down, "down");
        byte[] pdf = certificates.print(id, blank ? new CertificateSheet.Calibration(right, down) : null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bang-khen-quyet-dinh-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        return code == null || code.isBlank() ? "registry/verify" : "redirect:/verify/" + code.strip();
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("certificate", certificates.verify(code).orElse(null));
        return "registry/verify";
    }

    private static void checkShift(double millimetres, String field) {
        if (!Double.isFinite(millimetres) || Math.abs(millimetres) > MAX_SHIFT_MM) {
            throw new BusinessRuleException("error.certificate.shift", field, MAX_SHIFT_MM);
        }
    }
}
