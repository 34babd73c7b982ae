/**
 * Mail: templates in mail-templates/ (html and text, one per language) rendered with Pebble when a
 * mail is asked for, kept in an outbox table written in the asker's transaction, and sent after
 * commit by a worker that retries with backoff, in batches over one SMTP connection and at most at
 * the configured rate. Each mail is marked handed over in the transaction open while its SMTP end
 * of data goes out (control/HandOverTransport), so a killed instance neither resends a delivered
 * mail nor drops one. Refused mails are given up at once and listed for staff with a resend button
 * on mail/staff/failed; staff read the local SMTP sink on mail/staff/sink.
 */
package org.tori.mail;
