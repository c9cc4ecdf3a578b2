/**
 * Award registry (sổ vàng): every award a person received, from decisions issued here and from the past. Rows are
 * never deleted; corrections come as new records with a reason.
 */
package vn.thidua.registry;
