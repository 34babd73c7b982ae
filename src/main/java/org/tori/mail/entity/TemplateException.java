package org.tori.mail.entity;

/**
 * A template could not be rendered with the values it was given (a missing variable, a missing
 * file). Queuing refuses such a mail without dooming the asker's transaction: the asker decides
 * whether its own work fails too (account mails do) or goes on without the mail (notifications).
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String template, Throwable cause) {
        super("mail template " + template + " failed: " + cause.getMessage(), cause);
    }
}
