/**
 * A partner city's picture of itself: a staff-managed smart-city maturity model (dimensions with five
 * levels each), the city's dated self-assessments with targets and actions to close the gaps, and a
 * comparison with the peer cities that chose to share theirs, never revealing fewer than three.
 */
package org.tori.maturity;
