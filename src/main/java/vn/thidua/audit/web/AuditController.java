package vn.thidua.audit.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.audit.AuditRecord;
import vn.thidua.audit.AuditTrail;

/** Administrators browse the audit trail and check its hash chain. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String browse(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", page(entityType, entityId, page));
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        return "audit/trail";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return "audit/trail :: verification";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    Page<AuditRecord> api(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(defaultValue = "0") int page) {
        return page(entityType, entityId, page);
    }

    @GetMapping("/api/v1/audit/verification")
    @ResponseBody
    AuditTrail.ChainVerification apiVerify() {
        return trail.verify();
    }

    private Page<AuditRecord> page(String entityType, String entityId, int page) {
        return trail.browse(entityType, entityId,
                PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "sequence")));
    }
}
