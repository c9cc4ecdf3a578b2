package vn.thidua.campaign;

/**
 * Đơn vị được nêu tên: a unit the document names (Sở Thông tin và Truyền thông), bound by the TĐKT office to a unit
 * of this installation through its code; unbound designations give their quotas to nobody.
 */
public record Designation(String code, String description, String unitCode) {
}
