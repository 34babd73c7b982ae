/**
 * The programme scorecard: KPIs in the three tiers (ecosystem, programme, project) recomputed from
 * Tori's own data for each year, staff-set targets, traffic lights and trends. Values are never typed
 * in; {@code control/KpiQueries} is a read-only reporting view over the features' tables.
 */
package org.tori.scorecard;
