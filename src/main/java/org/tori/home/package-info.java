/**
 * The home page: what is open now (spaces taking part with their days left, spaces opening soon),
 * the newest public lessons and practices and the newest stories. It reads through the features'
 * boundaries, shows only what anyone may read, and keeps no session (a plain GET).
 */
package org.tori.home;
