package vn.thidua.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.AccountManagement.AccountView;
import vn.thidua.identity.RoleGrant;

/** REST API of account administration; the same rules as the pages (administrators, within their scope). */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountApi {

    private final AccountManagement accounts;

    AccountApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.manageableAccounts();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@RequestBody AccountManagement.NewAccount account) {
        return accounts.account(accounts.createAccount(account));
    }

    @GetMapping("/{id}")
    AccountView account(@PathVariable long id) {
        return accounts.account(id);
    }

    @PutMapping("/{id}/grants")
    AccountView changeGrants(@PathVariable long id, @RequestBody GrantsChange change) {
        accounts.changeGrants(id, change.version(), change.grants(), change.reason());
        return accounts.account(id);
    }

    @PostMapping("/{id}/enabled")
    AccountView setEnabled(@PathVariable long id, @RequestBody EnabledChange change) {
        accounts.setEnabled(id, change.version(), change.enabled(), change.reason());
        return accounts.account(id);
    }

    @PostMapping("/{id}/password")
    AccountView resetPassword(@PathVariable long id, @RequestBody PasswordReset reset) {
        accounts.resetPassword(id, reset.version(), reset.password(), reset.reason());
        return accounts.account(id);
    }

    record GrantsChange(long version, List<RoleGrant> grants, String reason) {
    }

    record EnabledChange(long version, boolean enabled, String reason) {
    }

    record PasswordReset(long version, String password, String reason) {
    }
}
