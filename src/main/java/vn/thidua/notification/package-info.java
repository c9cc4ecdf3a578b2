/**
 * Notifications (thông báo): in the application and by e-mail, for returned and sent dossiers, council invitations
 * and issued decisions. Listens to the other modules' events after their transactions commit, so that a failed
 * mail never undoes the work it reports.
 */
package vn.thidua.notification;
