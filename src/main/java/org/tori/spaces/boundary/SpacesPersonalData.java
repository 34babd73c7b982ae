package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import org.tori.accounts.boundary.PersonalData;
import org.tori.spaces.entity.Comment;
import org.tori.spaces.entity.Entry;

/** The comments a member wrote and the entries they submitted, for their own copy of their data. */
@ApplicationScoped
@Transactional
public class SpacesPersonalData implements PersonalData {

    public record CommentData(long id, long spaceId, String body, OffsetDateTime createdAt) {
    }

    public record EntryData(long id, long spaceId, String title) {
    }

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "spaces";
    }

    @Override
    public Object of(long accountId) {
        var comments = em.createNamedQuery(Comment.BY_AUTHOR, Comment.class).setParameter("author", accountId)
                .getResultStream().map(c -> new CommentData(c.getId(), c.getSpaceId(), c.getBody(), c.getCreatedAt()))
                .toList();
        var entries = em.createNamedQuery(Entry.BY_SUBMITTER_ANYWHERE, Entry.class).setParameter("submitter", accountId)
                .getResultStream().map(e -> new EntryData(e.getId(), e.getSpaceId(), e.getTitle())).toList();
        return Map.of("comments", comments, "entries", entries);
    }
}
