package vn.thidua.demo;

import java.util.List;
import vn.thidua.identity.Role;

/**
 * Dữ liệu mẫu: loads the fictional province Tỉnh Sơn Hà (dữ liệu mẫu) into an empty database, so that the
 * application can be tried and demonstrated without real data. Generation is deterministic: every load gives the
 * same units, people (with valid, unique citizen ids), past awards and accounts.
 */
public interface DemoData {

    /** Mã định danh of the sample province, the root of everything the demo loads. */
    String PROVINCE_CODE = "DEMO.H99";

    /** The password of every demo account. Demo accounts are for trying the application, never for production. */
    String PASSWORD = "ThiDua@2026";

    /** One account per role, for the README, the tests and whoever demonstrates the application. */
    List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", PASSWORD, Role.ADMIN, PROVINCE_CODE),
            new DemoAccount("tdkt", PASSWORD, Role.TDKT_OFFICE, PROVINCE_CODE),
            new DemoAccount("canbo.sgtvt", PASSWORD, Role.UNIT_OFFICER, "DEMO.SGTVT"),
            new DemoAccount("giamdoc.sgtvt", PASSWORD, Role.SIGNING_LEADER, "DEMO.SGTVT"),
            new DemoAccount("phogiamdoc.sgtvt", PASSWORD, Role.SIGNING_LEADER, "DEMO.SGTVT"),
            new DemoAccount("canbo.xa", PASSWORD, Role.UNIT_OFFICER, "DEMO.XA01"),
            new DemoAccount("hoidong", PASSWORD, Role.COUNCIL_MEMBER, PROVINCE_CODE),
            new DemoAccount("thuky", PASSWORD, Role.COUNCIL_SECRETARY, PROVINCE_CODE),
            new DemoAccount("xem", PASSWORD, Role.VIEWER, PROVINCE_CODE));

    /**
     * Loads the sample province in one transaction: all of it or, on any failure, nothing. Only the system actor
     * ({@link vn.thidua.identity.SystemActor}) may do this, because the province is a root unit.
     *
     * @throws IllegalStateException when the database already holds a root unit
     */
    Summary load();

    /** A demo account: sign in with username and password; the role covers the subtree of the unit. */
    record DemoAccount(String username, String password, Role role, String unitCode) {
    }

    /** What one load wrote, and how long it took. */
    record Summary(int units, int people, int awards, int accounts, long dossiers, long millis) {
    }
}
