package org.tori.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tori.platform.cache.NotOnPublicPages;

/** A document carried to the old index while its rebuild ran; indexed again after the swap. */
@NotOnPublicPages
@Entity
@Table(name = "search_replay")
@NamedQuery(name = ReplayItem.OF_INDEX, query = "SELECT r FROM ReplayItem r WHERE r.indexName = :index")
public class ReplayItem {

    public static final String OF_INDEX = "ReplayItem.ofIndex";

    @Id
    @SequenceGenerator(name = "search_replay_seq", sequenceName = "search_replay_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_replay_seq")
    private Long id;

    @Column(name = "index_name")
    private String indexName;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_id")
    private String documentId;

    protected ReplayItem() {}

    public ReplayItem(String indexName, String documentType, String documentId) {
        this.indexName = indexName;
        this.documentType = documentType;
        this.documentId = documentId;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getDocumentId() {
        return documentId;
    }
}
