package vn.thidua.document.internal;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.Article;
import vn.thidua.document.OfficialDocument.SignatureBlock;

/** A Giấy khen decision of a provincial department, as the tests and the sample files use it. */
final class SampleDocuments {

    static final LocalDate DATE = LocalDate.of(2026, 2, 5);
    static final String DATE_LINE = "Sơn Hà, ngày 05 tháng 02 năm 2026";

    private SampleDocuments() {
    }

    static OfficialDocument decision() {
        return decision(List.of(
                new Article(1, List.of("Tặng Giấy khen của Giám đốc Sở Giao thông vận tải cho Bà Nguyễn Thị Hồng "
                        + "Nhung, Chuyên viên Phòng Quản lý vận tải, đã có thành tích xuất sắc trong thực hiện "
                        + "nhiệm vụ năm 2025.")),
                new Article(2, List.of("Kèm theo Giấy khen được thưởng tiền theo quy định của pháp luật về thi "
                                + "đua, khen thưởng.",
                        "Kinh phí khen thưởng được chi từ Quỹ thi đua, khen thưởng của Sở năm 2026.")),
                new Article(3, List.of("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng "
                        + "Quản lý vận tải, Thủ trưởng các đơn vị có liên quan và Bà Nguyễn Thị Hồng Nhung chịu "
                        + "trách nhiệm thi hành Quyết định này."))));
    }

    static OfficialDocument decision(List<Article> articles) {
        return new OfficialDocument(
                "UBND TỈNH SƠN HÀ",
                "SỞ GIAO THÔNG VẬN TẢI",
                "15/QĐ-SGTVT",
                "Sơn Hà",
                DATE,
                "QUYẾT ĐỊNH",
                "Về việc tặng Giấy khen",
                "GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI",
                List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                        "Căn cứ Quyết định số 25/2023/QĐ-UBND ngày 10 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh "
                                + "Sơn Hà quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao "
                                + "thông vận tải"),
                "Theo đề nghị của Chánh Văn phòng Sở",
                "QUYẾT ĐỊNH:",
                articles,
                new SignatureBlock(List.of(), "GIÁM ĐỐC", "Trần Văn Đức"),
                List.of("Như Điều 3", "Lưu: VT, VP"));
    }
}
