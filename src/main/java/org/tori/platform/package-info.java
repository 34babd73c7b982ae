/**
 * What every feature stands on: the datasource and its migrations, the clock, the language of a
 * request, REST activation with problem+json errors, and the database health check. No business
 * rules live here.
 */
package org.tori.platform;
