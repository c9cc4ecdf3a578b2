/**
 * Nomination dossiers (hồ sơ đề nghị khen thưởng): nominees with their achievement summaries and eligibility at
 * submission, attachments checked by content, the checklist of components the law requires, online submission from
 * the unit's own account or recorded on its behalf, return for supplementation, receipt and appraisal.
 */
package vn.thidua.dossier;
