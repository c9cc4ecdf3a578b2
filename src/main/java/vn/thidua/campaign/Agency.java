package vn.thidua.campaign;

/**
 * Cơ quan tham gia tổ chức: the agencies that receive, appraise, coordinate or submit.
 *
 * @param role RECEIVING (tiếp nhận), APPRAISING (thẩm định), COORDINATING (chủ trì), SUBMITTING (trình),
 *             STANDING (thường trực Hội đồng)
 */
public record Agency(String role, String name, String text) {
}
