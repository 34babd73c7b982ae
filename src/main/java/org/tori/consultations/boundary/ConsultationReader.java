package org.tori.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.consultations.entity.CommentRound;
import org.tori.consultations.entity.SectionComment;
import org.tori.consultations.entity.SpecVersion;
import org.tori.spaces.entity.Space;

/** Turns versions, sections and comments into the records pages and the API show, with authors' names. */
@ApplicationScoped
public class ConsultationReader {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Accounts accounts;

    public Overview overview(Space space, List<SpecVersion> versions, OffsetDateTime now) {
        var counts = new HashMap<Integer, Long>();
        em.createNamedQuery(SectionComment.COUNT_OF_SPACE, Object[].class)
                .setParameter("space", space.getId())
                .getResultStream()
                .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        var published = versions.stream()
                .filter(SpecVersion::isPublished)
                .map(v -> new Overview.VersionSummary(
                        v.getNumber(),
                        v.getPublishedAt(),
                        v.getChangeNote(),
                        v.getSections().size(),
                        counts.getOrDefault(v.getNumber(), 0L)))
                .toList();
        int current =
                published.isEmpty() ? 0 : published.get(published.size() - 1).number();
        var round = new CommentRound(space.getPhase(), space.getSubmissionDeadline(), current);
        return new Overview(
                space.getId(),
                space.getPhase().name(),
                space.getSubmissionDeadline(),
                current > 0 && round.isOpen(now),
                current,
                published);
    }

    public VersionDetail detail(SpecVersion version, CommentRound round, OffsetDateTime now) {
        Map<Long, List<SectionComment>> bySection = em.createNamedQuery(SectionComment.OF_VERSION, SectionComment.class)
                .setParameter("version", version.getId())
                .getResultStream()
                .collect(Collectors.groupingBy(c -> c.getSection().getId()));
        var names = new HashMap<Long, AccountSummary>();
        var sections = version.getSections().stream()
                .map(s -> new VersionDetail.Section(
                        s.getId(),
                        s.getNumber(),
                        s.getHeading(),
                        s.getBodyHtml(),
                        s.getChange().name(),
                        bySection.getOrDefault(s.getId(), List.of()).stream()
                                .map(c -> remark(c, names))
                                .toList()))
                .toList();
        boolean takes = version.isPublished() && version.getNumber() == round.currentVersion() && round.isOpen(now);
        return new VersionDetail(
                version.getSpaceId(),
                version.getNumber(),
                version.getPublishedAt(),
                version.getChangeNote(),
                version.isPublished(),
                takes,
                sections);
    }

    private VersionDetail.Remark remark(SectionComment c, Map<Long, AccountSummary> names) {
        var author = account(c.getAuthorId(), names);
        var answerer = c.getAnsweredBy() == null ? null : account(c.getAnsweredBy(), names);
        return new VersionDetail.Remark(
                c.getId(),
                author == null ? "" : author.name(),
                author == null ? null : author.organisation(),
                c.getBodyHtml(),
                c.getCreatedAt(),
                c.getAnswerHtml(),
                answerer == null ? null : answerer.name(),
                c.getAnsweredAt());
    }

    private AccountSummary account(long id, Map<Long, AccountSummary> names) {
        return names.computeIfAbsent(id, key -> accounts.find(key).orElse(null));
    }
}
