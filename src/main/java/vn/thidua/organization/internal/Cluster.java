package vn.thidua.organization.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.organization.ClusterInfo.ClusterKind;

/** Cụm or khối thi đua for one year, with its member units and its head (trưởng cụm/khối). */
@Entity
@Table(name = "org_cluster")
class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cluster_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private ClusterKind kind;
    private String name;
    private Long headUnitId;
    @ElementCollection
    @CollectionTable(name = "org_cluster_member", joinColumns = @JoinColumn(name = "cluster_id"))
    @Column(name = "unit_id")
    private Set<Long> memberIds = new LinkedHashSet<>();

    protected Cluster() {
    }

    Cluster(int year, ClusterKind kind, String name, Long headUnitId, List<Long> memberIds) {
        this.year = year;
        this.kind = kind;
        this.name = name;
        this.headUnitId = headUnitId;
        this.memberIds.addAll(memberIds);
    }

    Long id() {
        return id;
    }

    int year() {
        return year;
    }

    ClusterKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    Long headUnitId() {
        return headUnitId;
    }

    Set<Long> memberIds() {
        return Set.copyOf(memberIds);
    }
}
