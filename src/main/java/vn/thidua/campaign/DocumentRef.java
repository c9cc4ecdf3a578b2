package vn.thidua.campaign;

/**
 * Văn bản: a document a campaign is launched by or rests on.
 *
 * @param type      loại văn bản as written (Hướng dẫn liên ngành, Kế hoạch, Công văn, Phát động)
 * @param number    số, ký hiệu exactly as printed, including a blank number («/SNV-VP») when the copy has none
 * @param issued    ngày ban hành as far as the copy states it: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
 * @param issuer    cơ quan ban hành
 * @param title     trích yếu
 * @param placeName địa danh of the date line
 * @param signers   người ký with their authority line (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC …)
 */
public record DocumentRef(String type, String number, String issued, String issuer, String title, String placeName,
        java.util.List<String> signers) {
}
