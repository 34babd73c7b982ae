package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tori.knowledge.entity.Visibility;
import org.tori.news.boundary.News;
import org.tori.news.boundary.NewsRow;
import org.tori.platform.time.ProgramTime;
import org.tori.search.entity.KnowledgeDocument;

/**
 * Published news items in the knowledge index (kind "news"). A draft or an item in review has no
 * document: it is read as the public reads it, so it is never a hit for anyone.
 */
@ApplicationScoped
public class NewsDocuments implements NumberedKnowledgeSource {

    public static final String TYPE = "news";

    @Inject
    News news;

    @Override
    public String type() {
        return TYPE;
    }

    public static String documentId(long newsId) {
        return TYPE + "-" + newsId;
    }

    @Override
    public Optional<Object> document(String id) {
        return DocumentSource.number(id).flatMap(n -> news.detail(n, null)).flatMap(NewsDocuments::of);
    }

    @Override
    public List<String> allIds() {
        return DocumentSource.ids(news.publishedIds());
    }

    /** The public item as its page shows it: title, lead and text, partners; the press contact stays out. */
    static Optional<Object> of(NewsRow n) {
        if (!"PUBLISHED".equals(n.status())) {
            return Optional.empty();
        }
        var date = n.publishedAt() == null ? null : ProgramTime.dateOf(n.publishedAt());
        var body = n.lead() + (n.body() == null || n.body().isBlank() ? "" : "\n\n" + n.body());
        return Optional.of(new KnowledgeDocument(
                TYPE,
                String.valueOf(n.id()),
                n.title(),
                body,
                null,
                null,
                n.partners(),
                null,
                date == null ? null : date.toString(),
                date == null ? null : date.getYear(),
                n.themes(),
                null,
                List.of(),
                List.of(),
                Visibility.PUBLIC.name(),
                null,
                null,
                n.title() + " " + n.lead(),
                null,
                null));
    }
}
