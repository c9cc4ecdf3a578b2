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
 * @param body            paragraphs and tables after the articles (the content of a biên bản, tờ trình), may be empty
 * @param leftSigner      a second signature in the left column instead of Nơi nhận (a biên bản is signed by the
 *                        secretary on the left and the chair on the right), may be null
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
        List<String> recipients,
        List<Block> body,
        SignatureBlock leftSigner) {

    /** A decision or other document with articles, one signer and Nơi nhận. */
    public OfficialDocument(String supervisingBody, String issuingBody, String numberSymbol, String place,
            LocalDate date, String typeName, String summary, String authorityLine, List<String> legalBases,
            String proposalLine, String enactingWord, List<Article> articles, SignatureBlock signer,
            List<String> recipients) {
        this(supervisingBody, issuingBody, numberSymbol, place, date, typeName, summary, authorityLine, legalBases,
                proposalLine, enactingWord, articles, signer, recipients, List.of(), null);
    }

    /** A block of the body: a paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** A justified body paragraph with its first line indented. */
    public record Paragraph(String text) implements Block {
    }

    /** A table in the body: its column headings and its rows of cells, all text. */
    public record Table(List<String> headings, List<List<String>> rows) implements Block {
    }

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
