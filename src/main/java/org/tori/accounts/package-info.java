/**
 * Accounts: registration with e-mail verification, log in and out, password reset, and the
 * profile (skills and interests) that teams, notifications and search build on. Roles decide
 * what a member may do; staff pages refuse everyone else.
 */
package org.tori.accounts;
