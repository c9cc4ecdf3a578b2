/**
 * Reports (báo cáo, thống kê): awards by form, subject and issuing unit per year, and the national statistics forms
 * of Thông tư 02/2023/TT-BNV that the data can fill (0601 movements, 0603 provincial awards), with Excel export.
 * Keeps its own read model of issued awards, fed by the decision module's events.
 */
package vn.thidua.report;
