/**
 * Official documents (văn bản hành chính): laying out a decision (quyết định) or similar document in the form that
 * ND 30/2020/NĐ-CP Phụ lục I prescribes, as PDF for publishing and DOCX for officials who edit in Word.
 */
package vn.thidua.document;
