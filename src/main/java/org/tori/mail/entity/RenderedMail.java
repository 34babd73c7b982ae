package org.tori.mail.entity;

/** A mail in its final words: the subject and both the text and the html part. */
public record RenderedMail(String subject, String text, String html) {}
