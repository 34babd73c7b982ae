/**
 * The web's own defences, for every feature at once: response headers (CSP, framing, sniffing,
 * referrer, HSTS), refusal of cross-origin writes on the API and of malformed input before any
 * feature reads it.
 */
package org.tori.platform.security;
