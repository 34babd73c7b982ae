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
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
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
        activity.fire(new SpaceActivity.CommentWritten(
                spaceId, comment.getId(), authorId, parent == null ? null : parent.getAuthorId()));
        return comment.getId();
    }

    /** @return whether the report counted (false: this member had reported the comment already) */
    public boolean report(long commentId, long reporterId, String reason) {
        var comment = existing(commentId);
        var space = em.find(Space.class, comment.getSpaceId());
        if (space == null || !space.getPhase().isPublic()) {
            throw new DomainException(Kind.NOT_FOUND, "comment.notFound");
        }
        return comment.report(reporterId, reason, OffsetDateTime.now(clock));
    }

    /** Staff read the reports and leave the comment visible: it leaves the queue. */
    public void keep(long commentId, Actor actor) {
        requireStaff(actor);
        existing(commentId).keep();
    }

    /** Staff's queue: comments with reports nobody has acted on, most reported first. */
    public List<ReportedComment> reported(Actor actor) {
        requireStaff(actor);
        var names = new HashMap<Long, String>();
        return em.createNamedQuery(Comment.REPORTED, Comment.class)
                .setMaxResults(200)
                .getResultStream()
                .map(c -> {
                    var space = em.find(Space.class, c.getSpaceId());
                    var reasons = c.reportsOldestFirst().stream()
                            .map(r -> r.getReason() == null ? "" : r.getReason())
                            .filter(r -> !r.isEmpty())
                            .toList();
                    return new ReportedComment(
                            c.getId(),
                            c.getSpaceId(),
                            space == null ? "" : space.getTitle(),
                            name(c.getAuthorId(), names),
                            c.getBody(),
                            c.getCreatedAt(),
                            c.getOpenReports(),
                            reasons);
                })
                .toList();
    }

    public void hide(long commentId, String reason, Actor actor) {
        requireStaff(actor);
        var comment = existing(commentId);
        comment.hide(reason);
        activity.fire(new SpaceActivity.CommentModerated(
                comment.getSpaceId(), commentId, comment.getAuthorId(), true, reason));
    }

    public void restore(long commentId, Actor actor) {
        requireStaff(actor);
        var comment = existing(commentId);
        comment.restore();
        activity.fire(new SpaceActivity.CommentModerated(
                comment.getSpaceId(), commentId, comment.getAuthorId(), false, null));
    }

    /** Threads oldest first, each with its replies. */
    public List<CommentView> threads(long spaceId, Actor viewer) {
        boolean staff = viewer != null && viewer.staff();
        Long viewerId = viewer == null ? null : viewer.accountId();
        var names = new HashMap<Long, String>();
        var threads = new LinkedHashMap<Long, List<CommentView>>();
        var tops = new ArrayList<Comment>();
        for (var c : em.createNamedQuery(Comment.OF_SPACE, Comment.class)
                .setParameter("space", spaceId)
                .getResultList()) {
            if (c.getParentId() == null) {
                tops.add(c);
                threads.putIfAbsent(c.getId(), new ArrayList<>());
            } else {
                threads.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
                        .add(view(c, staff, viewerId, names, List.of()));
            }
        }
        return tops.stream()
                .map(c -> view(c, staff, viewerId, names, threads.get(c.getId())))
                .toList();
    }

    private CommentView view(
            Comment c, boolean staff, Long viewerId, HashMap<Long, String> names, List<CommentView> replies) {
        var author = name(c.getAuthorId(), names);
        var body = c.isHidden() && !staff ? null : c.getBody();
        boolean mine = viewerId != null && viewerId == c.getAuthorId();
        boolean reported = viewerId != null && !mine && c.reportedBy(viewerId);
        return new CommentView(
                c.getId(),
                author,
                body,
                c.getCreatedAt(),
                c.isHidden(),
                c.getHiddenReason(),
                staff ? c.getReports() : null,
                mine,
                reported,
                replies);
    }

    private String name(long accountId, HashMap<Long, String> names) {
        return names.computeIfAbsent(
                accountId, id -> accounts.find(id).map(AccountSummary::name).orElse(""));
    }

    private Comment existing(long commentId) {
        var comment = em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw new DomainException(Kind.NOT_FOUND, "comment.notFound");
        }
        return comment;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "comment.moderate.forbidden");
        }
    }
}
