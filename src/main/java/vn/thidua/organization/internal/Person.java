package vn.thidua.organization.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.CitizenId;
import vn.thidua.shared.Gender;
import vn.thidua.shared.VietnameseText;

/**
 * Cá nhân: a person with a citizen id, working in a unit. Keeps the folded name for diacritic-blind search and a
 * collation key for Vietnamese ordering, and its membership history (quá trình công tác).
 */
@Entity
@Table(name = "org_person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private String nameFolded;
    private String sortKey;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private LocalDate birthDate;
    private String citizenId;
    private String position;
    private long unitId;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "person_id", nullable = false)
    @OrderBy("startDate")
    private List<Membership> memberships = new ArrayList<>();

    protected Person() {
    }

    Person(CitizenId citizenId) {
        this.citizenId = citizenId.value();
    }

    /**
     * Sets the details. A change of unit or position closes the current membership the day before {@code since}
     * and opens a new one.
     */
    void describe(String fullName, Gender gender, LocalDate birthDate, String position, long unitId,
            LocalDate since) {
        this.fullName = fullName.strip().replaceAll("\\s+", " ");
        this.nameFolded = VietnameseText.fold(this.fullName);
        this.sortKey = VietnameseText.personSortKey(this.fullName);
        this.gender = gender;
        this.birthDate = birthDate;
        boolean moved = memberships.isEmpty() || this.unitId != unitId || !java.util.Objects.equals(this.position, position);
        this.position = position;
        this.unitId = unitId;
        if (moved) {
            memberships.stream().filter(Membership::isOpen).forEach(open -> open.close(since.minusDays(1)));
            memberships.add(new Membership(unitId, position, since));
        }
    }

    Long id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    Gender gender() {
        return gender;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String citizenId() {
        return citizenId;
    }

    String position() {
        return position;
    }

    long unitId() {
        return unitId;
    }

    List<Membership> memberships() {
        return List.copyOf(memberships);
    }
}
