/**
 * Achievement records (hồ sơ thành tích): task-completion ratings per person-year and unit-year, discipline,
 * pending cases, recognised initiatives and S&T works and the award that used each, collectives' member counts
 * and collective awards. The eligibility engine reads them as facts.
 */
package vn.thidua.achievement;
