/**
 * Decisions (quyết định khen thưởng): drafted from an approved proposal, numbered in the issuer's yearly series,
 * frozen with every word and figure they print (legal bases in force, money at the base salary of the day) so
 * that the document renders the same forever, and announced by {@link vn.thidua.decision.DecisionIssued}.
 */
package vn.thidua.decision;
