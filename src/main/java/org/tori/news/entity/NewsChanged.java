package org.tori.news.entity;

/** A news item was written or moved in its flow: fired inside the transaction, so search queues it with the change. */
public record NewsChanged(long newsId) {}
