/**
 * Campaigns (phong trào thi đua, đợt thi đua): the launching document, stages, criteria per unit level and subject
 * type, forms offered, dossiers, deadlines, routing and quotas. Definitions are JSON documents (format in
 * {@code docs/CAMPAIGNS.md}), shipped under {@code src/main/resources/campaigns/} and editable by the TĐKT office;
 * quota reservations are counted in locked database rows so that no cap is ever exceeded.
 */
package vn.thidua.campaign;
