package org.tori.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The uploaded image of a news item, kept apart so that lists of items never load it. */
@Entity
@Table(name = "news_image")
public class NewsImage {

    @Id
    @Column(name = "news_id")
    private Long newsId;

    private byte[] content;

    protected NewsImage() {}

    public NewsImage(long newsId, byte[] content) {
        this.newsId = newsId;
        replace(content);
    }

    public void replace(byte[] content) {
        this.content = Objects.requireNonNull(content).clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
