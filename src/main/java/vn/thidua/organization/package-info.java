/**
 * Organisation (tổ chức): the unit tree with its levels and its merger/split history, emulation clusters and
 * blocs (cụm, khối thi đua), people and their unit memberships. Implements the unit hierarchy that authorization
 * reads.
 */
package vn.thidua.organization;
