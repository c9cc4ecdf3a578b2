package vn.thidua.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One period of a person in a unit with a position (quá trình công tác). */
@Entity
@Table(name = "org_membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unitId;
    private String position;
    private LocalDate startDate;
    private LocalDate endDate;

    protected Membership() {
    }

    Membership(long unitId, String position, LocalDate startDate) {
        this.unitId = unitId;
        this.position = position;
        this.startDate = startDate;
    }

    boolean isOpen() {
        return endDate == null;
    }

    void close(LocalDate lastDay) {
        this.endDate = lastDay.isBefore(startDate) ? startDate : lastDay;
    }

    long unitId() {
        return unitId;
    }

    String position() {
        return position;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }
}
