/**
 * What the outboxes of search and mail share: the retry schedule. Each outbox keeps its own table
 * and worker in its feature; rows are claimed with SELECT … FOR UPDATE SKIP LOCKED so that any
 * number of portal instances can drain them without sending anything twice.
 */
package org.tori.platform.outbox;
