package vn.thidua.identity;

/** Vai trò. Every grant of a role names the unit whose subtree it covers. */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Phòng/Ban Thi đua – Khen thưởng of Sở Nội vụ: the provincial TĐKT office. */
    TDKT_OFFICE,
    /** Cán bộ làm công tác thi đua, khen thưởng of a unit. */
    UNIT_OFFICER,
    /** Thành viên Hội đồng Thi đua – Khen thưởng. */
    COUNCIL_MEMBER,
    /** Thư ký Hội đồng. */
    COUNCIL_SECRETARY,
    /** Lãnh đạo ký quyết định (thủ trưởng, chủ tịch, or a deputy signing KT.). */
    SIGNING_LEADER,
    /** Người xem: reads, changes nothing. */
    VIEWER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
