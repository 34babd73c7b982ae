package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Comment;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceActivity;

/** Discussion in spaces: write, reply, report, and the staff's hide and restore. */
@ApplicationScoped
@Transactional
public class Comments {

    @PersistenceContext(unitName = "tori")
    EntityManager em;
    @Inject
    Accounts accounts;
    @Inject
    Clock clock;
    @Inject
    Event<SpaceActivity> activity;

    public long write(long spaceId, String body, Long replyTo, long authorId) {
        var space = em.find(Space.class, spaceId);
        if (space == null || !space.getPhase().isPublic()) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        var parent = replyTo == null ? null : em.find(Comment.class, replyTo);
        if (replyTo != null && parent == null) {
            throw new DomainException(Kind.NOT_FOUND, "comment.notFound", "parentId");
        }
        var comment = new Comment(space, authorId, parent, body, OffsetDateTime.now(clock));
        em.persist(comment);
        em.flush();
        activity.fire(new SpaceActivity.CommentWritten(spaceId, comment.getId(), authorId,
                parent == null ? null : parent.getAuthorId()));
        return comment.getId();
    }

    public void report(long commentId, long reporterId) {
        existing(commentId).report(reporterId);
    }

    public void hide(long commentId, String reason, Spaces.Actor actor) {
        requireStaff(actor);
        var comment = existing(commentId);
        comment.hide(reason);
        activity.fire(new SpaceActivity.CommentModerated(comment.getSpaceId(), commentId, comment.getAuthorId(), true, reason));
    }

    public void restore(long commentId, Spaces.Actor actor) {
        requireStaff(actor);
        var comment = existing(commentId);
        comment.restore();
        activity.fire(new SpaceActivity.CommentModerated(comment.getSpaceId(), commentId, comment.getAuthorId(), false, null));
    }

    /** Threads oldest first, each with its replies. */
    public List<CommentView> threads(long spaceId, Spaces.Actor viewer) {
        boolean staff = viewer != null && viewer.staff();
        var names = new HashMap<Long, String>();
        var threads = new LinkedHashMap<Long, List<CommentView>>();
        var tops = new ArrayList<Comment>();
        for (var c : em.createNamedQuery(Comment.OF_SPACE, Comment.class).setParameter("space", spaceId).getResultList()) {
            if (c.getParentId() == null) {
                tops.add(c);
                threads.putIfAbsent(c.getId(), new ArrayList<>());
            } else {
                threads.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(view(c, staff, names, List.of()));
            }
        }
        return tops.stream().map(c -> view(c, staff, names, threads.get(c.getId()))).toList();
    }

    private CommentView view(Comment c, boolean staff, HashMap<Long, String> names, List<CommentView> replies) {
        var author = names.computeIfAbsent(c.getAuthorId(), id -> accounts.find(id).map(AccountSummary::name).orElse(""));
        var body = c.isHidden() && !staff ? null : c.getBody();
        return new CommentView(c.getId(), author, body, c.getCreatedAt(), c.isHidden(), c.getHiddenReason(),
                staff ? c.getReports() : null, replies);
    }

    private Comment existing(long commentId) {
        var comment = em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw new DomainException(Kind.NOT_FOUND, "comment.notFound");
        }
        return comment;
    }

    private static void requireStaff(Spaces.Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "comment.moderate.forbidden");
        }
    }
}
