package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tori.judging.boundary.JudgingTrail;
import org.tori.knowledge.boundary.KnowledgeTrail;
import org.tori.pilots.boundary.PilotTrail;
import org.tori.platform.TrailItem;
import org.tori.stories.boundary.StoryTrail;

/**
 * What an organisation and its listed members did in Tori, asked of each feature's boundary: only
 * public records (published results, open pilots, public lessons, published stories, adoptions).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationTrails {

    @Inject
    JudgingTrail judging;

    @Inject
    PilotTrail pilots;

    @Inject
    KnowledgeTrail knowledge;

    @Inject
    StoryTrail stories;

    /** The trail of the organisation of this name whose listed members (with a public profile) are these. */
    public OrganisationPage.Trail of(String name, List<Long> listedMembers) {
        var entries = judging.resultsOf(listedMembers);
        var pilotList = pilots.of(listedMembers, name);
        var lessons = knowledge.lessonsOf(listedMembers, name);
        var storyList = stories.of(
                name,
                lessons.stream().map(TrailItem::id).toList(),
                pilotList.stream()
                        .map(PilotTrail.TrailPilot::storyId)
                        .filter(id -> id != null)
                        .toList());
        return new OrganisationPage.Trail(
                entries,
                entries.stream()
                        .filter(e -> Integer.parseInt(e.detail()) <= JudgingTrail.PLACED)
                        .toList(),
                pilotList.stream().map(PilotTrail.TrailPilot::item).toList(),
                lessons,
                storyList,
                knowledge.adoptionsOf(listedMembers));
    }
}
