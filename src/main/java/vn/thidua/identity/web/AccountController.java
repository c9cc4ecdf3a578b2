package vn.thidua.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.AccountManagement.AccountView;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.UnitHierarchy;
import vn.thidua.shared.BusinessRuleException;

/** The administrators' account pages (quản lý tài khoản): list, create, grant, revoke, disable, reset password. */
@Controller
class AccountController {

    private final AccountManagement accounts;
    private final UnitHierarchy units;

    AccountController(AccountManagement accounts, UnitHierarchy units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.manageableAccounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units);
        return "identity/accounts";
    }

    @PostMapping("/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
            @RequestParam Role role, @RequestParam String unitCode,
            @RequestParam(required = false) String signingTitle,
            @RequestParam(required = false) String signingAuthority, @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        RoleGrant grant = new RoleGrant(role, unitId(unitCode), blankToNull(signingTitle),
                blankToNull(signingAuthority));
        long id = accounts.createAccount(new AccountManagement.NewAccount(username, displayName, password,
                List.of(grant), email));
        redirect.addFlashAttribute("flash", "account.flash.created");
        return "redirect:/accounts/" + id;
    }

    @GetMapping("/accounts/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.account(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units);
        return "identity/account";
    }

    @PostMapping("/accounts/{id}/grants/add")
    String grant(@PathVariable long id, @RequestParam long version, @RequestParam Role role,
            @RequestParam String unitCode, @RequestParam(required = false) String signingTitle,
            @RequestParam(required = false) String signingAuthority, @RequestParam String reason,
            RedirectAttributes redirect) {
        AccountView account = accounts.account(id);
        List<RoleGrant> grants = new ArrayList<>(account.grants());
        grants.add(new RoleGrant(role, unitId(unitCode), blankToNull(signingTitle), blankToNull(signingAuthority)));
        accounts.changeGrants(id, version, grants, reason);
        redirect.addFlashAttribute("flash", "account.flash.granted");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/grants/remove")
    String revoke(@PathVariable long id, @RequestParam long version, @RequestParam int index,
            @RequestParam String reason, RedirectAttributes redirect) {
        List<RoleGrant> grants = new ArrayList<>(accounts.account(id).grants());
        if (index < 0 || index >= grants.size()) {
            throw new BusinessRuleException("error.account.grant.index", "index", index);
        }
        grants.remove(index);
        accounts.changeGrants(id, version, grants, reason);
        redirect.addFlashAttribute("flash", "account.flash.revoked");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam long version, @RequestParam boolean enabled,
            @RequestParam String reason, RedirectAttributes redirect) {
        accounts.setEnabled(id, version, enabled, reason);
        redirect.addFlashAttribute("flash", enabled ? "account.flash.enabled" : "account.flash.disabled");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam long version, @RequestParam String password,
            @RequestParam String reason, RedirectAttributes redirect) {
        accounts.resetPassword(id, version, password, reason);
        redirect.addFlashAttribute("flash", "account.flash.password");
        return "redirect:/accounts/" + id;
    }

    private long unitId(String unitCode) {
        return units.unitIdOfCode(unitCode)
                .orElseThrow(() -> new BusinessRuleException("error.account.grant.unitCode", "unitCode", unitCode));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
