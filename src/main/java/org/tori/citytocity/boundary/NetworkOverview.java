package org.tori.citytocity.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A city-to-city space as a reader may see it: the agreement and member cities for everyone; the
 * topics with their learnings only where the reader may read them ({@code contentHidden} says when not).
 */
public record NetworkOverview(
        long spaceId,
        String title,
        String phase,
        String visibility,
        AgreementText agreement,
        List<AgreementVersion> agreementVersions,
        List<MemberCity> members,
        Mine mine,
        boolean contentHidden,
        List<TopicView> topics) {

    public record AgreementText(int number, String html, OffsetDateTime publishedAt) {}

    public record AgreementVersion(int number, OffsetDateTime publishedAt) {}

    /** A member city with the newest agreement version it accepted and when. */
    public record MemberCity(String city, String name, int acceptedVersion, OffsetDateTime acceptedAt) {}

    /** What the reader may do here; {@code acceptedVersion} 0 when they never accepted. */
    public record Mine(
            boolean signedIn,
            boolean cityPartner,
            String city,
            int acceptedVersion,
            boolean needsAcceptance,
            boolean mayPost,
            boolean mayManage,
            boolean staff) {}

    /** A topic; {@code bodyHtml} is null for all but staff when staff hid it ({@code hiddenReason} says why). */
    public record TopicView(
            long id,
            String title,
            String bodyHtml,
            String hiddenReason,
            String city,
            String author,
            OffsetDateTime postedAt,
            List<LearningView> learnings) {}

    public record LearningView(
            long id,
            String bodyHtml,
            String hiddenReason,
            String city,
            String author,
            OffsetDateTime postedAt,
            List<LinkedLesson> lessons) {}

    /** A lesson a learning links, with the adoption count of the knowledge base and the reader's city's mark. */
    public record LinkedLesson(
            long id, String title, String city, boolean practice, int adoptionCount, boolean adoptedByMyCity) {}
}
