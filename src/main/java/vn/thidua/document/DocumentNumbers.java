package vn.thidua.document;

/**
 * Sổ đăng ký văn bản: the next number of an issuer's yearly series for a document type (decisions, tờ trình…), each
 * type its own series, restarting at 1 every calendar year. Numbers are taken inside the caller's transaction, so a
 * number is used only if the document that carries it is saved.
 */
public interface DocumentNumbers {

    /** @param symbol «05/QĐ-SGTVT»: numbers below 10 get a leading zero (ND 30/2020 Phụ lục I) */
    record Numbered(int number, String symbol) {
    }

    Numbered next(long issuerUnitId, String issuerAbbreviation, int year, String typeCode);
}
