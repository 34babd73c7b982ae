package org.tori.platform.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity no public page shows (outbox rows, tokens, counters of wrong passwords): writing
 * it does not make the pages kept for readers out of date, so a busy outbox does not empty them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotOnPublicPages {}
