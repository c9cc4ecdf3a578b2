/**
 * System (hệ thống): the clock, languages, the home page, and how refusals reach the user (RFC 9457 problem
 * details for the API, an error page for the UI).
 */
package vn.thidua.system;
