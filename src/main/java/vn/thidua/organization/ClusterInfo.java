package vn.thidua.organization;

import java.util.List;

/** A cụm (cluster, territorial) or khối (bloc, by sector) thi đua of one year, its head and members. */
public record ClusterInfo(long id, int year, ClusterKind kind, String name, Long headUnitId, String headUnitName,
        List<UnitInfo> members) {

    /** Cụm (by territory) or khối (by field of work). */
    public enum ClusterKind {
        CLUSTER, BLOC
    }
}
