/**
 * Catalogue and law as data (danh mục, căn cứ pháp lý): titles and forms of commendation, who grants them, the
 * legal bases in force on a date, money multipliers and the base salary by date. Every value carries its source.
 */
package vn.thidua.catalog;
