package org.tori.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.consultations.entity.SectionComment;

/** The comments a member made on consultation sections, with the staff answers, for their own copy of their data. */
@ApplicationScoped
@Transactional
public class ConsultationsPersonalData implements PersonalData {

    public record CommentData(
            long id,
            long spaceId,
            int version,
            String section,
            String bodyHtml,
            OffsetDateTime at,
            String answerHtml) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "consultationComments";
    }

    @Override
    public Set<String> covers() {
        return Set.of("section_comment.author_id");
    }

    @Override
    public Object of(long accountId) {
        return em.createNamedQuery(SectionComment.BY_AUTHOR, SectionComment.class)
                .setParameter("author", accountId)
                .getResultStream()
                .map(c -> new CommentData(
                        c.getId(),
                        c.getSection().getVersion().getSpaceId(),
                        c.getSection().getVersion().getNumber(),
                        c.getSection().getNumber(),
                        c.getBodyHtml(),
                        c.getCreatedAt(),
                        c.getAnswerHtml()))
                .toList();
    }
}
