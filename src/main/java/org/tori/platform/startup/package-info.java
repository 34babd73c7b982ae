/**
 * The portal's own start: until its first page is served, background work that can wait leaves the
 * cores to the web module ({@link org.tori.platform.startup.FirstRequest}).
 */
package org.tori.platform.startup;
