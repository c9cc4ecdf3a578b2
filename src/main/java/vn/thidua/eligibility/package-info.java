/**
 * Eligibility (xét điều kiện, tiêu chuẩn khen thưởng): criteria written in CEL over typed facts, rule sets of each
 * award versioned by legal basis and date, the legal principles as rules, explainable verdicts per criterion
 * (PASS, FAIL, UNKNOWN with required and actual values, facts and their sources, legal basis) and the batch
 * pre-screen. The rule language is documented in docs/RULES.md.
 */
package vn.thidua.eligibility;
