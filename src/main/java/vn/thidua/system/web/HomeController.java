package vn.thidua.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (trang chủ) after sign-in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "system/home";
    }
}
