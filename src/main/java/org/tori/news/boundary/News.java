package org.tori.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tori.news.entity.MediaHit;
import org.tori.news.entity.NewsChanged;
import org.tori.news.entity.NewsImage;
import org.tori.news.entity.NewsItem;
import org.tori.news.entity.NewsPublished;
import org.tori.news.entity.NewsStatus;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.AttachmentType;
import org.tori.spaces.entity.Theme;

/**
 * The use cases of news and media releases, one transaction each. Publishing fires {@link
 * NewsPublished} inside the transaction, so the followers' mails are queued in the same commit.
 */
@ApplicationScoped
@Transactional
public class News {

    /** Who acts: only staff write, move and record hits. */
    public record Actor(long accountId, boolean staff) {}

    /** An image file as uploaded; its type is read from its first bytes, not from what the browser says. */
    public record Upload(String fileName, byte[] content) {}

    /** An image ready to be served. */
    public record Image(String mediaType, byte[] content) {}

    /** The largest image accepted. */
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    /** A step of the editorial flow. */
    public enum Step {
        SUBMIT,
        RETURN_TO_DRAFT,
        PUBLISH
    }

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<NewsPublished> published;

    @Inject
    Event<NewsChanged> changed;

    /** A new draft; {@code upload} (or null) is its image. */
    public long create(@Valid @NotNull NewsForm form, Upload upload, Actor actor) {
        requireStaff(actor);
        var type = imageType(upload);
        var item = new NewsItem(form.details(), type, actor.accountId(), now());
        em.persist(item);
        em.flush();
        if (type != null) {
            em.persist(new NewsImage(item.getId(), upload.content()));
        }
        changed.fire(new NewsChanged(item.getId()));
        return item.getId();
    }

    /** Rewrites an item; {@code upload} (or null to keep the image) replaces its image. */
    public void edit(long id, @Valid @NotNull NewsForm form, Upload upload, Actor actor) {
        var item = managed(id, actor);
        var type = imageType(upload);
        item.write(form.details(), type, now());
        if (type != null) {
            var image = em.find(NewsImage.class, id);
            if (image == null) {
                em.persist(new NewsImage(id, upload.content()));
            } else {
                image.replace(upload.content());
            }
        }
        changed.fire(new NewsChanged(id));
    }

    /** The image of an item the viewer may read. */
    public Optional<Image> image(long id, Actor viewer) {
        var item = em.find(NewsItem.class, id);
        if (item == null || item.getImageType() == null || !(item.isPublic() || (viewer != null && viewer.staff()))) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(NewsImage.class, id))
                .map(i -> new Image(item.getImageType().mediaType(), i.getContent()));
    }

    private static AttachmentType imageType(Upload upload) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            return null;
        }
        if (upload.content().length > MAX_IMAGE_BYTES) {
            throw new DomainException(Kind.TOO_LARGE, "news.image.tooLarge", "image");
        }
        return AttachmentType.detect(upload.fileName(), upload.content())
                .filter(t -> t == AttachmentType.PNG || t == AttachmentType.JPEG)
                .orElseThrow(() -> new DomainException(Kind.INVALID, "news.image.invalid", "image"));
    }

    public void move(long id, @NotNull Step step, Actor actor) {
        var item = managed(id, actor);
        switch (step) {
            case SUBMIT -> item.submitForReview(now());
            case RETURN_TO_DRAFT -> item.returnToDraft(now());
            case PUBLISH -> published.fire(item.publish(now()));
        }
        changed.fire(new NewsChanged(id));
    }

    public NewsForm form(long id, Actor actor) {
        return new NewsForm(managed(id, actor));
    }

    /** A published item for anyone; staff see every item. */
    public Optional<NewsRow> detail(long id, Actor viewer) {
        var item = em.find(NewsItem.class, id);
        if (item == null || !(item.isPublic() || (viewer != null && viewer.staff()))) {
            return Optional.empty();
        }
        return Optional.of(NewsRow.of(item));
    }

    /** Published items, newest first, of one theme (null: any). */
    public List<NewsRow> published(Theme theme, int max) {
        return em.createNamedQuery(NewsItem.PUBLISHED, NewsItem.class)
                .getResultStream()
                .filter(n -> theme == null || n.getThemes().contains(theme))
                .limit(max)
                .map(NewsRow::of)
                .toList();
    }

    /** Every item, newest change first, for the editorial desk. */
    public List<NewsRow> editorial(Actor actor) {
        requireStaff(actor);
        return em.createNamedQuery(NewsItem.ALL, NewsItem.class)
                .setMaxResults(500)
                .getResultStream()
                .map(NewsRow::of)
                .toList();
    }

    public long recordHit(long newsId, String outlet, LocalDate appearedOn, String link, Long reach, Actor actor) {
        var release = managed(newsId, actor);
        var hit = new MediaHit(release, outlet, appearedOn, link, reach, actor.accountId(), now());
        em.persist(hit);
        em.flush();
        return hit.getId();
    }

    /** The media hits of a published release, newest first. */
    public List<HitRow> hits(long newsId) {
        return em.createNamedQuery(MediaHit.OF_NEWS, MediaHit.class)
                .setParameter("news", newsId)
                .getResultStream()
                .map(HitRow::of)
                .toList();
    }

    private NewsItem managed(long id, Actor actor) {
        requireStaff(actor);
        var item = em.find(NewsItem.class, id);
        if (item == null) {
            throw new DomainException(Kind.NOT_FOUND, "news.notFound");
        }
        return item;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null) {
            throw new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized");
        }
        if (!actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "news.staffOnly");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The ids of the published items, oldest first: the only ones the public (and search) reads. */
    public List<Long> publishedIds() {
        return em.createQuery("SELECT n.id FROM NewsItem n WHERE n.status = :published ORDER BY n.id", Long.class)
                .setParameter("published", NewsStatus.PUBLISHED)
                .getResultList();
    }
}
