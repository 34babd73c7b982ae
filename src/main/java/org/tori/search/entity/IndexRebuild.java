package org.tori.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.cache.NotOnPublicPages;

/**
 * A rebuild of one index in progress, seen by every portal instance: while it runs, the outbox
 * workers note each document they carry, and those are indexed again once the alias points at the
 * new index, so no change made during the rebuild is lost.
 */
@NotOnPublicPages
@Entity
@Table(name = "search_rebuild")
@NamedQuery(name = IndexRebuild.RUNNING, query = "SELECT r.indexName FROM IndexRebuild r")
public class IndexRebuild {

    public static final String RUNNING = "IndexRebuild.running";

    @Id
    @Column(name = "index_name")
    private String indexName;

    private String concrete;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    protected IndexRebuild() {}

    public IndexRebuild(String indexName, String concrete, OffsetDateTime now) {
        this.indexName = Objects.requireNonNull(indexName);
        this.concrete = Objects.requireNonNull(concrete);
        this.startedAt = Objects.requireNonNull(now);
    }

    public String getConcrete() {
        return concrete;
    }
}
