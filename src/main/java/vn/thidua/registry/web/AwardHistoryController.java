package vn.thidua.registry.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.registry.AwardRecord;
import vn.thidua.registry.AwardRegistry;

/** A person's awards (quá trình khen thưởng): a fragment of the person page, and the API. */
@Controller
class AwardHistoryController {

    private final AwardRegistry registry;

    AwardHistoryController(AwardRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/people/{id}/awards")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("awards", registry.history(id));
        return "registry/history :: awards";
    }

    @PostMapping("/api/v1/awards/historical")
    @ResponseBody
    Map<String, Integer> importHistorical(@RequestParam MultipartFile file,
            @RequestParam(required = false) String reason) throws IOException {
        return Map.of("recorded", registry.importHistorical(file.getBytes(), reason));
    }

    @GetMapping("/api/v1/people/{id}/awards")
    @ResponseBody
    List<AwardRecord> api(@PathVariable long id) {
        return registry.history(id);
    }
}
