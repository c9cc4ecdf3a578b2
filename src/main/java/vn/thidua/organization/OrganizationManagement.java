package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

/** Changes the organisation; every change is checked for role and scope and written to the audit trail. */
public interface OrganizationManagement {

    long registerPerson(NewPerson person);

    void updatePerson(long personId, NewPerson person, String reason);

    /**
     * Imports units from CSV or XLSX (columns: ma_dinh_danh, ten_don_vi, ten_viet_tat, cap, ma_don_vi_cap_tren,
     * hieu_luc_tu, hieu_luc_den, dia_danh, chuc_danh_thu_truong). Creates new codes, updates known ones. All rows or none.
     */
    ImportSummary importUnits(byte[] file, String reason);

    /**
     * Imports people (columns: ho_ten, gioi_tinh, ngay_sinh, so_cccd, chuc_vu, ma_don_vi). Creates new citizen
     * ids, updates known ones. All rows or none.
     */
    ImportSummary importPeople(byte[] file, String reason);

    /** Excel workbook of the people in the subtree of a unit. */
    byte[] exportPeople(long unitId);

    void recordSuccession(long predecessorId, long successorId, LocalDate effectiveDate,
            SuccessionInfo.SuccessionKind kind, String legalBasis);

    long createCluster(int year, ClusterInfo.ClusterKind kind, String name, Long headUnitId, List<Long> memberIds);
}
