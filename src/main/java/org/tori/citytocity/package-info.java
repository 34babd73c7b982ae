/**
 * City-to-city spaces: member cities share what they learned. A city partner joins by accepting the
 * space's sharing agreement (versioned; a new version is accepted again before posting), then posts
 * topics and learnings that link lessons of the knowledge base, and records "adopted by our city"
 * through the knowledge base's own adoption record. A space is public or for its members only;
 * staff hide a post with a reason everyone sees.
 */
package org.tori.citytocity;
