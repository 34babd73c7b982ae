/**
 * News and media releases: staff write them through an editorial flow (draft, review, published),
 * name the partners and the press contact, and record the media hits each release got, which the
 * scorecard counts as media visibility. Published items are listed, fed as Atom and open data, and
 * mailed to the followers of their themes by the notifications feature.
 */
package org.tori.news;
