package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The words spaces are described and filtered with, for the pages' choices. */
@Named
@ApplicationScoped
public class SpaceVocabulary {

    public List<SpaceKind> getKinds() {
        return List.of(SpaceKind.values());
    }

    public List<Phase> getPublicPhases() {
        return Arrays.stream(Phase.values()).filter(Phase::isPublic).toList();
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public List<CityDomain> getDomains() {
        return List.of(CityDomain.values());
    }

    public List<ValueStream> getValueStreams() {
        return List.of(ValueStream.values());
    }
}
