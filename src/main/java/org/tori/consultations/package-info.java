/**
 * Open requirements consultations: staff publish what the city needs and why, in numbered
 * sections; companies and others comment per section until the deadline; staff answer and publish
 * revised versions. Every version, with its comments and answers, stays public.
 */
package org.tori.consultations;
