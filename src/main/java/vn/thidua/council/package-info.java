/**
 * Council sessions (phiên họp Hội đồng Thi đua – Khen thưởng): members fixed for the session, attendance and quorum,
 * an agenda of nominees, recusal for conflicts of interest, secret ballots whose voters cannot be linked to their
 * votes, thresholds on the total membership, ranking against quotas with the chair's tie-break.
 */
package vn.thidua.council;
