package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative document (văn bản hành chính) laid out as ND 30/2020/NĐ-CP Phụ lục I prescribes:
 * the content of every cell of the form, already worded. The renderers only lay it out.
 *
 * @param supervisingBody cơ quan chủ quản, e.g. «UBND TỈNH SƠN HÀ» (may be null for a top body)
 * @param issuingBody     cơ quan ban hành, e.g. «SỞ GIAO THÔNG VẬN TẢI»
 * @param numberSymbol    số và ký hiệu without the «Số:» label, e.g. «15/QĐ-SGTVT»
 * @param place           địa danh, e.g. «Sơn Hà»
 * @param date            ngày ban hành
 * @param typeName        tên loại, e.g. «QUYẾT ĐỊNH»
 * @param summary         trích yếu, e.g. «Về việc tặng Giấy khen»
 * @param authorityLine   thẩm quyền ban hành, e.g. «GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI» (null for types that have none)
 * @param legalBases      căn cứ lines, each complete without its trailing punctuation
 * @param proposalLine    «Theo đề nghị của …» line without trailing punctuation (may be null)
 * @param enactingWord    the word that opens the articles, e.g. «QUYẾT ĐỊNH:» (may be null)
 * @param articles        Điều 1..n
 * @param signer          the signature block
 * @param recipients      Nơi nhận lines without the leading dash and trailing punctuation
 */
public record OfficialDocument(
        String supervisingBody,
        String issuingBody,
        String numberSymbol,
        String place,
        LocalDate date,
        String typeName,
        String summary,
        String authorityLine,
        List<String> legalBases,
        String proposalLine,
        String enactingWord,
        List<Article> articles,
        SignatureBlock signer,
        List<String> recipients) {

    /** One Điều: its number, and its paragraphs (the first follows «Điều n.» on the same line). */
    public record Article(int number, List<String> paragraphs) {
    }

    /**
     * Signature block (ND 30/2020 cells 7a–7c): authority lines such as «TM. ỦY BAN NHÂN DÂN» and «KT. CHỦ TỊCH»,
     * the signer's title such as «PHÓ CHỦ TỊCH» or «GIÁM ĐỐC», and the full name.
     */
    public record SignatureBlock(List<String> authorityLines, String title, String fullName) {
    }
}
