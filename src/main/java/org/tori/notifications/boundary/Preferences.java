package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tori.accounts.boundary.Actor;
import org.tori.notifications.control.NotificationStore;
import org.tori.notifications.control.Signing;
import org.tori.notifications.entity.Cadence;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.FollowKind;
import org.tori.notifications.entity.NotificationJob;
import org.tori.notifications.entity.UnsubscribeToken;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.roadmap.boundary.Roadmap;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Theme;

/** The use cases of notifications: choose cadences, follow and unfollow, unsubscribe, announce. */
@ApplicationScoped
@Transactional
public class Preferences {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 10_000;

    @Inject
    NotificationStore store;

    @Inject
    Signing signing;

    @Inject
    Spaces spaces;

    @Inject
    Clock clock;

    @Inject
    Roadmap roadmap;

    public Map<Category, Cadence> of(long accountId) {
        return store.preferences(accountId);
    }

    public void choose(long accountId, Map<Category, Cadence> chosen) {
        chosen.forEach((category, cadence) -> {
            if (category == null || cadence == null) {
                throw new DomainException(Kind.INVALID, "notifications.cadence.invalid");
            }
            store.choose(accountId, category, cadence);
        });
    }

    /** Parses "CATEGORY" → "CADENCE" pairs as the API receives them; unknown names are a clear 400. */
    public static Map<Category, Cadence> parse(Map<String, String> raw) {
        var parsed = new EnumMap<Category, Cadence>(Category.class);
        if (raw == null) {
            return parsed;
        }
        raw.forEach((category, cadence) -> {
            try {
                parsed.put(
                        Category.valueOf(category.strip().toUpperCase(Locale.ROOT)),
                        Cadence.valueOf(String.valueOf(cadence).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(Kind.INVALID, "notifications.cadence.invalid", category);
            }
        });
        return parsed;
    }

    public boolean follows(long accountId, FollowKind kind, String target) {
        return store.follows(accountId, kind, normalise(kind, target));
    }

    public void follow(long accountId, FollowKind kind, String target) {
        store.follow(accountId, kind, normalise(kind, target), OffsetDateTime.now(clock));
    }

    public void unfollow(long accountId, FollowKind kind, String target) {
        store.unfollow(accountId, kind, normalise(kind, target));
    }

    /** One thing a member follows: a space (its id), a theme (its code) or a city (its name). */
    public record Followed(FollowKind kind, String target) {}

    /** Everything the member follows, oldest first. */
    public List<Followed> followed(long accountId) {
        return store.followsOf(accountId).stream()
                .map(row -> {
                    try {
                        return new Followed(FollowKind.valueOf(String.valueOf(row[0])), String.valueOf(row[1]));
                    } catch (IllegalArgumentException retiredKind) {
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /** What a link's token would switch off, for the confirmation page; invalid tokens are refused. */
    public List<Category> wouldUnsubscribe(String token) {
        var valid = verify(token);
        var current = store.preferences(valid.accountId());
        var covered = new ArrayList<Category>();
        current.forEach((category, cadence) -> {
            if (valid.covers(category, cadence)) {
                covered.add(category);
            }
        });
        return covered;
    }

    /** One click, no log-in: the signed token says who and what. Doing it twice is harmless. */
    public List<Category> unsubscribe(String token) {
        var valid = verify(token);
        var covered = wouldUnsubscribe(token);
        covered.forEach(category -> store.choose(valid.accountId(), category, Cadence.OFF));
        return covered;
    }

    /** Staff (or the space's organiser) tell its participants and followers something, as each prefers. */
    public void announce(long spaceId, String subject, String body, Actor actor) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new DomainException(Kind.INVALID, "notifications.announcement.subject", "subject");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new DomainException(Kind.INVALID, "notifications.announcement.body", "body");
        }
        if (actor == null || !spaces.mayManage(spaceId, actor)) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        var now = OffsetDateTime.now(clock);
        var key = "announcement:" + spaceId + ":" + now.toInstant().toEpochMilli() + ":" + actor.accountId();
        store.addJob(
                new NotificationJob(
                        NotificationJob.Kind.ANNOUNCEMENT, spaceId, subject.strip(), body.strip(), key, now),
                key);
    }

    private UnsubscribeToken verify(String token) {
        return UnsubscribeToken.verify(token, signing.key())
                .orElseThrow(() -> new DomainException(Kind.INVALID, "notifications.token.invalid", "token"));
    }

    private String normalise(FollowKind kind, String target) {
        if (kind == null || target == null || target.isBlank() || target.length() > 120) {
            throw new DomainException(Kind.INVALID, "notifications.follow.invalid", "target");
        }
        var clean = target.strip();
        switch (kind) {
            case SPACE -> {
                long id;
                try {
                    id = Long.parseLong(clean);
                } catch (NumberFormatException notAnId) {
                    throw new DomainException(Kind.INVALID, "notifications.follow.invalid", "target");
                }
                if (spaces.detail(id, null).isEmpty()) {
                    throw new DomainException(Kind.NOT_FOUND, "space.notFound");
                }
                return String.valueOf(id);
            }
            case ROADMAP -> {
                long id;
                try {
                    id = Long.parseLong(clean);
                } catch (NumberFormatException notAnId) {
                    throw new DomainException(Kind.INVALID, "notifications.follow.invalid", "target");
                }
                if (!roadmap.exists(id)) {
                    throw new DomainException(Kind.NOT_FOUND, "roadmap.item.notFound");
                }
                return String.valueOf(id);
            }
            case THEME -> {
                try {
                    return Theme.valueOf(clean.toUpperCase(Locale.ROOT)).name();
                } catch (IllegalArgumentException unknown) {
                    throw new DomainException(Kind.INVALID, "notifications.follow.invalid", "target");
                }
            }
            default -> {
                return clean.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            }
        }
    }
}
