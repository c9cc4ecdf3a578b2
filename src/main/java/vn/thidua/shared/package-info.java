/**
 * Shared kernel: value types and small mechanisms that every module uses (Vietnamese text folding and collation,
 * citizen ids, refusals that become problem details, tabular file reading).
 */
package vn.thidua.shared;
