/**
 * Notifications: turns what happens in spaces and judging into mails for the members concerned,
 * in the rhythm each member chose per category (at once, daily or weekly digest, or never), with a
 * signed one-click unsubscribe link. It observes other features' events; nobody imports its control.
 */
package org.tori.notifications;
