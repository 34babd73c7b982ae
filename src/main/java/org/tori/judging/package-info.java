/**
 * Judging, shared by hackathons and contests: criteria with weights (optionally tied to one of the
 * four impact values), jurors appointed per space, blind scores, declared conflicts of interest
 * that exclude a juror from an entry, and the ranking by weighted mean with ties shown.
 */
package org.tori.judging;
