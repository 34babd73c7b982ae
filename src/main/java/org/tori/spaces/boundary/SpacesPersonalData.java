package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;
import org.tori.spaces.entity.Comment;

/**
 * Spaces a member joined or created, their teams (and captaincy), their pitches on the team boards,
 * their comments and reports, and the entries they submitted or their team did, with the answers
 * and the names of the attached files, for their own copy of their data.
 */
@ApplicationScoped
@Transactional
public class SpacesPersonalData implements PersonalData {

    public record CommentData(long id, long spaceId, String body, OffsetDateTime createdAt) {}

    private static final String ENTRIES_OF = "(e.submitter_id = ?1 OR e.team_id IN "
            + "(SELECT m.team_id FROM team_member m WHERE m.account_id = ?1 AND m.status = 'MEMBER'))";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "spaces";
    }

    @Override
    public Set<String> covers() {
        return Set.of(
                "space.created_by",
                "space_participant.account_id",
                "team.captain_id",
                "team_member.account_id",
                "team_seeker.account_id",
                "space_comment.author_id",
                "comment_report.reporter_id",
                "entry.submitter_id",
                "entry_attachment.uploaded_by");
    }

    @Override
    public Object of(long accountId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "joined",
                PersonalRows.of(
                        em,
                        "SELECT s.id, s.title, s.kind, s.phase FROM space_participant p "
                                + "JOIN space s ON s.id = p.space_id WHERE p.account_id = ?1 ORDER BY s.id",
                        accountId,
                        "spaceId",
                        "title",
                        "kind",
                        "phase"));
        data.put(
                "created",
                PersonalRows.of(
                        em,
                        "SELECT id, title, kind, phase, created_at FROM space WHERE created_by = ?1 ORDER BY id",
                        accountId,
                        "spaceId",
                        "title",
                        "kind",
                        "phase",
                        "createdAt"));
        data.put(
                "teams",
                PersonalRows.of(
                        em,
                        "SELECT t.id, t.space_id, t.name, m.status, m.since, "
                                + "CASE WHEN t.captain_id = ?1 THEN TRUE ELSE FALSE END FROM team t "
                                + "LEFT JOIN team_member m ON m.team_id = t.id AND m.account_id = ?1 "
                                + "WHERE m.account_id = ?1 OR t.captain_id = ?1 ORDER BY t.id",
                        accountId,
                        "teamId",
                        "spaceId",
                        "name",
                        "status",
                        "since",
                        "captain"));
        data.put(
                "boardPosts",
                PersonalRows.of(
                        em,
                        "SELECT space_id, pitch, since FROM team_seeker WHERE account_id = ?1 ORDER BY since",
                        accountId,
                        "spaceId",
                        "pitch",
                        "since"));
        data.put(
                "comments",
                em.createNamedQuery(Comment.BY_AUTHOR, Comment.class)
                        .setParameter("author", accountId)
                        .getResultStream()
                        .map(c -> new CommentData(c.getId(), c.getSpaceId(), c.getBody(), c.getCreatedAt()))
                        .toList());
        data.put(
                "commentsReported",
                PersonalRows.of(
                        em,
                        "SELECT c.id, c.space_id, r.reason, r.reported_at FROM comment_report r "
                                + "JOIN space_comment c ON c.id = r.comment_id WHERE r.reporter_id = ?1 ORDER BY c.id",
                        accountId,
                        "commentId",
                        "spaceId",
                        "reason",
                        "reportedAt"));
        var entries = PersonalRows.of(
                em,
                "SELECT e.id, e.space_id, e.team_id, e.title, e.problem, e.solution, "
                        + "e.business_model, e.demo_link, e.screening, e.screening_reason, e.submitted_at FROM entry e WHERE "
                        + ENTRIES_OF + " ORDER BY e.id",
                accountId,
                "id",
                "spaceId",
                "teamId",
                "title",
                "problem",
                "solution",
                "businessModel",
                "demoLink",
                "screening",
                "screeningReason",
                "submittedAt");
        PersonalRows.nest(
                entries,
                "answers",
                PersonalRows.of(
                        em,
                        "SELECT a.entry_id, c.name, a.answer FROM entry_answer a "
                                + "JOIN criterion c ON c.id = a.criterion_id JOIN entry e ON e.id = a.entry_id WHERE "
                                + ENTRIES_OF
                                + " ORDER BY c.position",
                        accountId,
                        "entryId",
                        "criterion",
                        "answer"),
                "entryId");
        PersonalRows.nest(
                entries,
                "attachments",
                PersonalRows.of(
                        em,
                        "SELECT a.entry_id, a.file_name, a.file_type, "
                                + "a.size_bytes, a.uploaded_at FROM entry_attachment a JOIN entry e ON e.id = a.entry_id WHERE "
                                + ENTRIES_OF + " ORDER BY a.id",
                        accountId,
                        "entryId",
                        "fileName",
                        "fileType",
                        "sizeBytes",
                        "uploadedAt"),
                "entryId");
        data.put("entries", entries);
        data.put(
                "attachmentsUploaded",
                PersonalRows.of(
                        em,
                        "SELECT entry_id, file_name, uploaded_at FROM entry_attachment "
                                + "WHERE uploaded_by = ?1 ORDER BY id",
                        accountId,
                        "entryId",
                        "fileName",
                        "uploadedAt"));
        return data;
    }
}
