/**
 * Nominations (đề nghị khen thưởng): a unit proposes an award for a person; the grantor's signing leader approves
 * it, which issues the decision, or returns it with a reason. The proposal owns its states and logs each move.
 */
package vn.thidua.nomination;
