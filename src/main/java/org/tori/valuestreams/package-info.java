/**
 * Value-stream hubs: one page per value stream of the wellbeing-and-vitality model with what Tori
 * holds on it (spaces, living labs, lessons, practices, stories), the life events inside the stream,
 * and the stream's development collective with its members, versioned vision and action plan.
 */
package org.tori.valuestreams;
