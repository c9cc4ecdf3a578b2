package vn.thidua.council.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.council.Attendance;

/** Thành viên Hội đồng for one session: the membership is fixed when the session is created. */
@Entity
@Table(name = "council_member")
class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String fullName;
    private long unitId;
    private boolean chair;
    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    protected CouncilMember() {
    }

    CouncilMember(String username, String fullName, long unitId, boolean chair) {
        this.username = username;
        this.fullName = fullName;
        this.unitId = unitId;
        this.chair = chair;
        this.attendance = Attendance.ABSENT;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    long unitId() {
        return unitId;
    }

    boolean chair() {
        return chair;
    }

    Attendance attendance() {
        return attendance;
    }

    void attend(Attendance value) {
        this.attendance = value;
    }
}
