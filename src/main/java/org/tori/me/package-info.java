/**
 * My Tori: each member's own page, where they land after logging in. It gathers, through each
 * feature's boundary, what waits for the member now (jury duties, team requests, lessons sent back,
 * their role request) and what is theirs (spaces, teams, entries, lessons, adoptions, follows), each
 * line linking to where the work is done. It keeps no data of its own.
 */
package org.tori.me;
