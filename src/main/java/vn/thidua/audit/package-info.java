/**
 * Audit trail (nhật ký): an append-only, hash-chained record of every change — who, when, what, before and after,
 * and why. Every module writes to it in the same transaction as the change, so a change and its record stand or
 * fall together.
 */
package vn.thidua.audit;
