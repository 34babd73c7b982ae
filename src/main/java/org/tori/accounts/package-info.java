/**
 * Accounts: registration with e-mail verification, log in and out, password reset, and the
 * profile (skills and interests) that teams, notifications and search build on. Roles decide
 * what a member may do; staff pages refuse everyone else. Company and partner-city roles are
 * asked for, not taken: staff approve them (or an approved partner city invites a colleague).
 */
package org.tori.accounts;
