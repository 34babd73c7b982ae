/**
 * Mail: templates in mail-templates/ (html and text, one per language) rendered with Pebble when a
 * mail is asked for, kept in an outbox table written in the asker's transaction, and sent after
 * commit by a worker that retries with backoff. Staff read the local SMTP sink on mail/staff/sink.
 */
package org.tori.mail;
