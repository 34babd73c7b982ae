/**
 * Pilots and their way to scale-up: a pilot starts from a contest or hackathon result, a living lab
 * or a partner's proposal, and keeps a readiness record (operations, interoperability, data, business
 * model, second-stage partnership, impact, knowledge transfer) that the company and the city's owner
 * fill in against a versioned item list, so that staff decide on scale-up seeing the gaps.
 */
package org.tori.pilots;
