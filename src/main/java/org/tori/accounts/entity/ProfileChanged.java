package org.tori.accounts.entity;

/** A member's public face may have changed: search and others bring their copies up to date. */
public record ProfileChanged(long accountId) {}
