/**
 * Accounts and authorization (tài khoản, phân quyền): local accounts, sign-in with lockout, and roles each scoped
 * to a unit subtree. {@link vn.thidua.identity.AccessControl} is the one place where services check role and scope.
 */
package vn.thidua.identity;
