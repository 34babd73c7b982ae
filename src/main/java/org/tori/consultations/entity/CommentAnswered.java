package org.tori.consultations.entity;

/**
 * Staff answered a comment; its author hears of it. Fired inside the answering transaction; the
 * answer travels as typed (Markdown), which reads well as the plain text of a mail.
 */
public record CommentAnswered(long spaceId, long commentId, long authorId, long answeredBy, String answer) {}
