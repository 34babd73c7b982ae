package org.tori.pilots.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.entity.Role;
import org.tori.pilots.entity.Pilot;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * Who and what a pilot is linked to beyond its record: the success story told about it (chosen by
 * title by staff or the city's owner) and the city's owner (handed on by staff, chosen by name or
 * e-mail). Nobody types a number.
 */
@ApplicationScoped
@Transactional
public class PilotLinks {

    static final int MAX_TYPED = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Instance<PilotStories> stories;

    /** The published stories to choose from, by title; none without the stories feature. */
    public List<PilotStories.StoryTitle> stories() {
        return stories.isResolvable() ? stories.get().published() : List.of();
    }

    /** Links the published story of this title (case and spaces aside); an empty title unlinks. */
    public void chooseStory(long id, String title, Actor actor) {
        var pilot = find(id);
        Long story = null;
        if (title != null && !title.isBlank()) {
            if (title.length() > MAX_TYPED) {
                throw new DomainException(Kind.INVALID, "pilot.story.unknown", "story");
            }
            var matches = stories().stream()
                    .filter(s -> s.title().strip().equalsIgnoreCase(title.strip()))
                    .toList();
            if (matches.size() != 1) {
                throw new DomainException(
                        Kind.INVALID, matches.isEmpty() ? "pilot.story.unknown" : "pilot.story.ambiguous", "story");
            }
            story = matches.get(0).id();
        }
        pilot.chooseStory(story, actor.accountId(), actor.staff());
    }

    /** The title of the pilot's story, for the form (empty when none is linked). */
    public String storyTitle(long id) {
        var story = find(id).getStoryId();
        return story == null
                ? ""
                : stories().stream()
                        .filter(s -> s.id() == story)
                        .map(PilotStories.StoryTitle::title)
                        .findFirst()
                        .orElse("");
    }

    public boolean mayChooseStory(long id, Actor actor) {
        return actor != null && find(id).mayChooseStory(actor.accountId(), actor.staff());
    }

    /** Staff hand the pilot to the member of this e-mail, or of exactly this name, who speaks for a city. */
    public void changeOwner(long id, String who, Actor actor) {
        Pilots.requireStaff(actor);
        var pilot = find(id);
        var member = member(who);
        pilot.changeOwner(
                member.id(), member.role() == Role.CITY_PARTNER || member.role().isStaff());
    }

    /** The current owner's name and e-mail, for staff. */
    public Optional<AccountSummary> owner(long id, Actor actor) {
        Pilots.requireStaff(actor);
        var owner = find(id).getOwnerId();
        return owner == null ? Optional.empty() : accounts.find(owner);
    }

    private Pilot find(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id))
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "pilot.notFound"));
    }

    private AccountSummary member(String who) {
        if (who == null || who.isBlank()) {
            throw new DomainException(Kind.INVALID, "pilot.owner.required", "owner");
        }
        var typed = who.strip();
        if (typed.length() > MAX_TYPED) {
            throw new DomainException(Kind.INVALID, "pilot.owner.unknown", "owner");
        }
        var exact = accounts.search(typed, 50).stream()
                .filter(a -> a.email().equalsIgnoreCase(typed)
                        || a.name().strip().toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT)))
                .toList();
        if (exact.size() > 1) {
            throw new DomainException(Kind.INVALID, "pilot.owner.ambiguous", "owner");
        }
        return exact.stream()
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.INVALID, "pilot.owner.unknown", "owner"));
    }
}
