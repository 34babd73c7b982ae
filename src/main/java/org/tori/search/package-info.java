/**
 * Search: the one Elasticsearch client, the indices (settings and mappings in search-config/,
 * created behind aliases at start), the outbox that carries changes to the index after commit, and
 * the search page. Features tell search what changed through events; search never loses a change
 * while Elasticsearch is down, it indexes it when Elasticsearch is back.
 */
package org.tori.search;
