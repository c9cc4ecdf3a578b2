/**
 * Public-service indicators (chỉ tiêu, chỉ số dịch vụ công): dossier records in the national sync schema, the
 * indicators that campaign criteria cite, computed per unit subtree and period from incremental aggregates.
 */
package vn.thidua.indicator;
