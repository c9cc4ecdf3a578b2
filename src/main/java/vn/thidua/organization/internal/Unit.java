package vn.thidua.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.thidua.organization.UnitLevel;

/** Đơn vị: one node of the unit tree, with its administrative code and validity period. */
@Entity
@Table(name = "org_unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String abbreviation;
    @Enumerated(EnumType.STRING)
    private UnitLevel level;
    private Long parentId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String placeName;
    private String headTitle;
    @Version
    private long version;

    protected Unit() {
    }

    Unit(String code) {
        this.code = code;
    }

    void describe(String name, String abbreviation, UnitLevel level, Long parentId, LocalDate validFrom,
            LocalDate validTo, String placeName, String headTitle) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.level = level;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.placeName = placeName;
        this.headTitle = headTitle;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String abbreviation() {
        return abbreviation;
    }

    UnitLevel level() {
        return level;
    }

    Long parentId() {
        return parentId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    String placeName() {
        return placeName;
    }

    String headTitle() {
        return headTitle;
    }
}
