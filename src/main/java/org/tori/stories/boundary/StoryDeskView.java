package org.tori.stories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;

/** The staff's editorial desk: every story with its state, newest change first. */
@Named
@RequestScoped
public class StoryDeskView {

    @Inject
    Stories stories;

    @Inject
    CurrentMember member;

    private List<StorySummary> items;

    public List<StorySummary> getItems() {
        if (items == null) {
            items = stories.editorial(member.actor().orElseThrow());
        }
        return items;
    }
}
