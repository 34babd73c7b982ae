package org.tori.spaces.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tori.spaces.entity.Attachment;
import org.tori.spaces.entity.Entry;

/** An entry as organisers and jurors read it; it does not name the entrant. */
public record EntrySummary(
        long id,
        long spaceId,
        String title,
        String problem,
        String solution,
        String businessModel,
        String demoLink,
        String screening,
        String screeningReason,
        OffsetDateTime submittedAt,
        Long teamId,
        String teamName,
        Map<String, String> answers,
        List<Attachment.Info> attachments,
        Long challengeId) {

    static EntrySummary of(Entry e, String teamName, List<Attachment.Info> attachments) {
        return new EntrySummary(
                e.getId(),
                e.getSpaceId(),
                e.getTitle(),
                e.getProblem(),
                e.getSolution(),
                e.getBusinessModel(),
                e.getDemoLink(),
                e.getScreening().name(),
                e.getScreeningReason(),
                e.getSubmittedAt(),
                e.getTeamId(),
                teamName,
                byKey(e.getAnswers()),
                attachments,
                e.getChallengeId());
    }

    private static Map<String, String> byKey(Map<Long, String> answers) {
        var byKey = new TreeMap<String, String>();
        answers.forEach((id, text) -> byKey.put(String.valueOf(id), text));
        return byKey;
    }

    /** The entry's answer to a criterion, or an empty text. */
    public String answer(long criterionId) {
        return answers.getOrDefault(String.valueOf(criterionId), "");
    }

    public boolean judgeable() {
        return "SUBMITTED".equals(screening) || "ELIGIBLE".equals(screening);
    }
}
