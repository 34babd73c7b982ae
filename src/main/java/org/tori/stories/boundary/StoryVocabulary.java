package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.tori.judging.entity.ImpactValue;

/** The four values impact is measured in, for the pages' choices. */
@Named
@ApplicationScoped
public class StoryVocabulary {

    public List<ImpactValue> getImpacts() {
        return List.of(ImpactValue.values());
    }
}
