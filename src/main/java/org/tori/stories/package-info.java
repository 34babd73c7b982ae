/**
 * Success stories: what a space or pilot achieved, and the lessons learned it drew on, told by
 * staff through an editorial flow (draft, review, published, archived) and measured with impact
 * indicators in the four values, next to the money invested. Public stories are open data too: see
 * {@code boundary/StoriesResource} and the {@code opendata} feature for the CSV, Atom and
 * conditional-GET routes.
 */
package org.tori.stories;
