package vn.thidua.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationManagement;

/**
 * A small province of its own for each test class (codes carry a random suffix, so classes sharing one database
 * never meet): two agencies A and B with a room each, one person in each room, and accounts.
 */
public final class TestOrganization {

    public static final String PASSWORD = "Test@12345678";

    public final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    public long province;
    public long agencyA;
    public long roomA;
    public long agencyB;
    public long roomB;
    public long personA;
    public long personB;
    public String officerA = "officer.a." + suffix.toLowerCase();
    public String officerB = "officer.b." + suffix.toLowerCase();
    public String directorA = "director.a." + suffix.toLowerCase();
    public String admin = "admin." + suffix.toLowerCase();

    public TestOrganization(ApplicationContext context) {
        OrganizationManagement management = context.getBean(OrganizationManagement.class);
        OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> {
            String units = String.join("\n",
                    "ma_dinh_danh,ten_don_vi,ten_viet_tat,cap,ma_don_vi_cap_tren,hieu_luc_tu,hieu_luc_den,dia_danh,chuc_danh_thu_truong",
                    code("P") + ",Tỉnh Thử " + suffix + ",UBND,TINH,,01/01/2020,,Sơn Hà,Chủ tịch",
                    code("A") + ",Sở Giao thông vận tải,SGTVT,SO_NGANH," + code("P") + ",01/01/2020,,,Giám đốc",
                    code("RA") + ",Phòng Quản lý vận tải,QLVT,PHONG," + code("A") + ",01/01/2020,,,Trưởng phòng",
                    code("B") + ",Sở Y tế,SYT,SO_NGANH," + code("P") + ",01/01/2020,,,Giám đốc",
                    code("RB") + ",Phòng Nghiệp vụ Y,NVY,PHONG," + code("B") + ",01/01/2020,,,Trưởng phòng");
            management.importUnits(units.getBytes(StandardCharsets.UTF_8), "test");
            province = id(directory, "P");
            agencyA = id(directory, "A");
            roomA = id(directory, "RA");
            agencyB = id(directory, "B");
            roomB = id(directory, "RB");
            String people = String.join("\n", "ho_ten,gioi_tinh,ngay_sinh,so_cccd,chuc_vu,ma_don_vi",
                    "Nguyễn Thị Hồng Nhung,Nữ,15/03/1985,0011850" + digits(5) + ",Chuyên viên," + code("RA"),
                    "Trần Văn Bình,Nam,02/11/1979,0010790" + digits(5) + ",Chuyên viên chính," + code("RB"));
            management.importPeople(people.getBytes(StandardCharsets.UTF_8), "test");
            personA = directory.searchPeople("hong nhung", roomA, org.springframework.data.domain.Pageable.ofSize(5))
                    .getContent().get(0).id();
            personB = directory.searchPeople("tran van binh", roomB, org.springframework.data.domain.Pageable.ofSize(5))
                    .getContent().get(0).id();
            accounts.createAccount(new AccountManagement.NewAccount(officerA, "Cán bộ A", PASSWORD,
                    List.of(RoleGrant.of(Role.UNIT_OFFICER, agencyA))));
            accounts.createAccount(new AccountManagement.NewAccount(officerB, "Cán bộ B", PASSWORD,
                    List.of(RoleGrant.of(Role.UNIT_OFFICER, agencyB))));
            accounts.createAccount(new AccountManagement.NewAccount(directorA, "Lê Văn Đức", PASSWORD,
                    List.of(new RoleGrant(Role.SIGNING_LEADER, agencyA, "Giám đốc", null))));
            accounts.createAccount(new AccountManagement.NewAccount(admin, "Quản trị", PASSWORD,
                    List.of(RoleGrant.of(Role.ADMIN, province))));
        });
    }

    public String code(String local) {
        return "T" + suffix + "." + local;
    }

    private long id(OrganizationDirectory directory, String local) {
        return directory.unitByCode(code(local)).orElseThrow().id();
    }

    /** Random trailing digits keep citizen ids unique across test classes. */
    /** Random digits, for the unique tail of a citizen id. */
    public static String digits(int count) {
        StringBuilder out = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }
}
